using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TreatMeasureAndPublicSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicBio",
                table: "Staff",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Qualifications",
                table: "Staff",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ByPatient",
                table: "QuestionnaireResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentContent",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentContentType",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentName",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelatedId",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicDescription",
                table: "Clinics",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicEmail",
                table: "Clinics",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicPhone",
                table: "Clinics",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicServices",
                table: "Clinics",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicWebsite",
                table: "Clinics",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdverseEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostSessionCheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdverseEvent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AuthorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoverAlt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CoverVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Clinics_ClinicId",
                        column: x => x.ClinicId,
                        principalTable: "Clinics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Articles_Staff_AuthorStaffMemberId",
                        column: x => x.AuthorStaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeed",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeed", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeletionRequest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRequest", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EpisodeOutcomeRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DurationClass = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RiskGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Composition = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUpDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PainBaseline = table.Column<double>(type: "REAL", nullable: true),
                    PainFourWeeksOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PainChangeFourWeeks = table.Column<double>(type: "REAL", nullable: true),
                    PainChangeDischarge = table.Column<double>(type: "REAL", nullable: true),
                    PainResponderFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    PainResponderDischarge = table.Column<bool>(type: "INTEGER", nullable: true),
                    PainDeterioratedFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    PainFreeFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    PainFreeDischarge = table.Column<bool>(type: "INTEGER", nullable: true),
                    FunctionInstrument = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FunctionBaseline = table.Column<double>(type: "REAL", nullable: true),
                    FunctionChangeFourWeeks = table.Column<double>(type: "REAL", nullable: true),
                    FunctionChangeDischarge = table.Column<double>(type: "REAL", nullable: true),
                    FunctionResponderFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    FunctionResponderDischarge = table.Column<bool>(type: "INTEGER", nullable: true),
                    FunctionDeterioratedFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecoveredFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    PsfsChangeFourWeeks = table.Column<double>(type: "REAL", nullable: true),
                    PsfsResponderFourWeeks = table.Column<bool>(type: "INTEGER", nullable: true),
                    SleepChangeFourWeeks = table.Column<double>(type: "REAL", nullable: true),
                    StressChangeFourWeeks = table.Column<double>(type: "REAL", nullable: true),
                    SessionsAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionsMissed = table.Column<int>(type: "INTEGER", nullable: false),
                    Adherence = table.Column<double>(type: "REAL", nullable: true),
                    AdverseEvents = table.Column<int>(type: "INTEGER", nullable: true),
                    SorenessReports = table.Column<int>(type: "INTEGER", nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpisodeOutcomeRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EpisodeOutcomeRecord_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exercise = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Difficulty = table.Column<int>(type: "INTEGER", nullable: true),
                    Pain = table.Column<int>(type: "INTEGER", nullable: true),
                    MadeWorse = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseLog_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PreferredContactTimes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Duration = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ContactConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SelfCheckUrgency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SelfCheckFlags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeExportKey",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Secret = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeExportKey", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostSessionCheck",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Soreness = table.Column<int>(type: "INTEGER", nullable: true),
                    Unexpected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Settled = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostSessionCheck", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TimePoint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    AsksContraindications = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Draft = table.Column<string>(type: "TEXT", nullable: false),
                    SavedSteps = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseIds = table.Column<string>(type: "TEXT", nullable: false),
                    ScreeningId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledForms_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subjective = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SchoberCm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    FingertipFloorCm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
                    Techniques = table.Column<string>(type: "TEXT", nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionNotes_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionNotes_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionNotes_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicRead",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicRead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAssignments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleAssignments_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsClinicReply = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplyToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleComments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleCovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleCovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleCovers_Articles_Id",
                        column: x => x.Id,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InquiryUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InquiryUpdates_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionNoteAddenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionNoteAddenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionNoteAddenda_SessionNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "SessionNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_RelatedId",
                table: "Outbox",
                column: "RelatedId");

            migrationBuilder.CreateIndex(
                name: "IX_AdverseEvent_ClinicId_OccurredOn",
                table: "AdverseEvent",
                columns: new[] { "ClinicId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAssignments_ArticleId",
                table: "ArticleAssignments",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAssignments_ClinicId_PatientId_ArticleId",
                table: "ArticleAssignments",
                columns: new[] { "ClinicId", "PatientId", "ArticleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAssignments_PatientId",
                table: "ArticleAssignments",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleComments_ArticleId",
                table: "ArticleComments",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleComments_ClinicId_ArticleId_Status",
                table: "ArticleComments",
                columns: new[] { "ClinicId", "ArticleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleComments_ClinicId_Status_CreatedAt",
                table: "ArticleComments",
                columns: new[] { "ClinicId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorStaffMemberId",
                table: "Articles",
                column: "AuthorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ClinicId_Slug",
                table: "Articles",
                columns: new[] { "ClinicId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ClinicId_Status_PublishAt",
                table: "Articles",
                columns: new[] { "ClinicId", "Status", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeed_StaffMemberId",
                table: "CalendarFeed",
                column: "StaffMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeed_TokenHash",
                table: "CalendarFeed",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRequest_ClinicId_Outcome_RequestedAt",
                table: "DeletionRequest",
                columns: new[] { "ClinicId", "Outcome", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_EpisodeId",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "EpisodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_LocationId_StartedOn",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "LocationId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_PractitionerId_StartedOn",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "PractitionerId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_StartedOn",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_EpisodeId",
                table: "EpisodeOutcomeRecord",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLog_ClinicId_PatientId_Exercise_Day",
                table: "ExerciseLog",
                columns: new[] { "ClinicId", "PatientId", "Exercise", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLog_EpisodeId",
                table: "ExerciseLog",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_ClinicId_Status_CreatedAt",
                table: "Inquiries",
                columns: new[] { "ClinicId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_PatientId",
                table: "Inquiries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_InquiryUpdates_InquiryId_At",
                table: "InquiryUpdates",
                columns: new[] { "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeExportKey_ClinicId",
                table: "OutcomeExportKey",
                column: "ClinicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostSessionCheck_AppointmentId",
                table: "PostSessionCheck",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostSessionCheck_ClinicId_PatientId",
                table: "PostSessionCheck",
                columns: new[] { "ClinicId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_PostSessionCheck_TokenHash",
                table: "PostSessionCheck",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledForms_ClinicId_EpisodeId_Key",
                table: "ScheduledForms",
                columns: new[] { "ClinicId", "EpisodeId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledForms_ClinicId_Status_DueAt",
                table: "ScheduledForms",
                columns: new[] { "ClinicId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledForms_EpisodeId",
                table: "ScheduledForms",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionNoteAddenda_NoteId_CreatedAt",
                table: "SessionNoteAddenda",
                columns: new[] { "NoteId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionNotes_AppointmentId",
                table: "SessionNotes",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionNotes_ClinicId_AppointmentId",
                table: "SessionNotes",
                columns: new[] { "ClinicId", "AppointmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionNotes_ClinicId_PatientId_CreatedAt",
                table: "SessionNotes",
                columns: new[] { "ClinicId", "PatientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionNotes_EpisodeId",
                table: "SessionNotes",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionNotes_PatientId",
                table: "SessionNotes",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicRead_ClinicId_PatientId_Topic",
                table: "TopicRead",
                columns: new[] { "ClinicId", "PatientId", "Topic" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdverseEvent");

            migrationBuilder.DropTable(
                name: "ArticleAssignments");

            migrationBuilder.DropTable(
                name: "ArticleComments");

            migrationBuilder.DropTable(
                name: "ArticleCovers");

            migrationBuilder.DropTable(
                name: "CalendarFeed");

            migrationBuilder.DropTable(
                name: "DeletionRequest");

            migrationBuilder.DropTable(
                name: "EpisodeOutcomeRecord");

            migrationBuilder.DropTable(
                name: "ExerciseLog");

            migrationBuilder.DropTable(
                name: "InquiryUpdates");

            migrationBuilder.DropTable(
                name: "OutcomeExportKey");

            migrationBuilder.DropTable(
                name: "PostSessionCheck");

            migrationBuilder.DropTable(
                name: "ScheduledForms");

            migrationBuilder.DropTable(
                name: "SessionNoteAddenda");

            migrationBuilder.DropTable(
                name: "TopicRead");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "SessionNotes");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_RelatedId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "PublicBio",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "Qualifications",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "ByPatient",
                table: "QuestionnaireResponses");

            migrationBuilder.DropColumn(
                name: "AttachmentContent",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AttachmentContentType",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AttachmentName",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "RelatedId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "PublicDescription",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "PublicEmail",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "PublicPhone",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "PublicServices",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "PublicWebsite",
                table: "Clinics");
        }
    }
}
