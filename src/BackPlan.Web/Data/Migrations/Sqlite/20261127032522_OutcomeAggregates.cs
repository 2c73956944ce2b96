using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutcomeAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OutcomeAggregatesAt",
                table: "Clinics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Exercise",
                table: "Alerts",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeAggregate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DurationClass = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RiskGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Composition = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Started = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowedUp = table.Column<int>(type: "INTEGER", nullable: false),
                    PainBaselines = table.Column<int>(type: "INTEGER", nullable: false),
                    PainRespN = table.Column<int>(type: "INTEGER", nullable: false),
                    PainResp = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionRespN = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionResp = table.Column<int>(type: "INTEGER", nullable: false),
                    PainRespDischargeN = table.Column<int>(type: "INTEGER", nullable: false),
                    PainRespDischarge = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionRespDischargeN = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionRespDischarge = table.Column<int>(type: "INTEGER", nullable: false),
                    PainWorseN = table.Column<int>(type: "INTEGER", nullable: false),
                    PainWorse = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionWorseN = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionWorse = table.Column<int>(type: "INTEGER", nullable: false),
                    PainFreeN = table.Column<int>(type: "INTEGER", nullable: false),
                    PainFree = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveredN = table.Column<int>(type: "INTEGER", nullable: false),
                    Recovered = table.Column<int>(type: "INTEGER", nullable: false),
                    PainN = table.Column<int>(type: "INTEGER", nullable: false),
                    PainSum = table.Column<double>(type: "REAL", nullable: true),
                    PainSq = table.Column<double>(type: "REAL", nullable: true),
                    OdiN = table.Column<int>(type: "INTEGER", nullable: false),
                    OdiSum = table.Column<double>(type: "REAL", nullable: true),
                    OdiSq = table.Column<double>(type: "REAL", nullable: true),
                    RmdqN = table.Column<int>(type: "INTEGER", nullable: false),
                    RmdqSum = table.Column<double>(type: "REAL", nullable: true),
                    RmdqSq = table.Column<double>(type: "REAL", nullable: true),
                    SleepN = table.Column<int>(type: "INTEGER", nullable: false),
                    SleepSum = table.Column<double>(type: "REAL", nullable: true),
                    SleepSq = table.Column<double>(type: "REAL", nullable: true),
                    StressN = table.Column<int>(type: "INTEGER", nullable: false),
                    StressSum = table.Column<double>(type: "REAL", nullable: true),
                    StressSq = table.Column<double>(type: "REAL", nullable: true),
                    PsfsN = table.Column<int>(type: "INTEGER", nullable: false),
                    PsfsSum = table.Column<double>(type: "REAL", nullable: true),
                    PsfsSq = table.Column<double>(type: "REAL", nullable: true),
                    SessionsSum = table.Column<double>(type: "REAL", nullable: true),
                    SessionsSq = table.Column<double>(type: "REAL", nullable: true),
                    Attended = table.Column<int>(type: "INTEGER", nullable: false),
                    Missed = table.Column<int>(type: "INTEGER", nullable: false),
                    AdherenceN = table.Column<int>(type: "INTEGER", nullable: false),
                    AdherenceSum = table.Column<double>(type: "REAL", nullable: true),
                    AdherenceSq = table.Column<double>(type: "REAL", nullable: true),
                    AdverseN = table.Column<int>(type: "INTEGER", nullable: false),
                    Adverse = table.Column<int>(type: "INTEGER", nullable: false),
                    SorenessN = table.Column<int>(type: "INTEGER", nullable: false),
                    Soreness = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeAggregate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeAggregateChange",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeAggregateChange", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_FollowUpWindow",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "FollowUpDueOn", "PainFourWeeksOn", "StartedOn", "PractitionerId", "PainBaseline" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeAggregate_ClinicId_Month",
                table: "OutcomeAggregate",
                columns: new[] { "ClinicId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeAggregateChange_ClinicId",
                table: "OutcomeAggregateChange",
                column: "ClinicId");

            // Existing clinics' records get their monthly aggregates on the first dashboard view.
            migrationBuilder.Sql("INSERT INTO \"OutcomeAggregateChange\" (\"ClinicId\", \"Month\") SELECT \"Id\", NULL FROM \"Clinics\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeAggregate");

            migrationBuilder.DropTable(
                name: "OutcomeAggregateChange");

            migrationBuilder.DropIndex(
                name: "IX_EpisodeOutcomeRecord_FollowUpWindow",
                table: "EpisodeOutcomeRecord");

            migrationBuilder.DropColumn(
                name: "OutcomeAggregatesAt",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "Exercise",
                table: "Alerts");
        }
    }
}
