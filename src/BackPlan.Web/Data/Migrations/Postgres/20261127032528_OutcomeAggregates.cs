using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Exercise",
                table: "Alerts",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeAggregate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: true),
                    DurationClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RiskGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Composition = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Started = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false),
                    FollowedUp = table.Column<int>(type: "integer", nullable: false),
                    PainBaselines = table.Column<int>(type: "integer", nullable: false),
                    PainRespN = table.Column<int>(type: "integer", nullable: false),
                    PainResp = table.Column<int>(type: "integer", nullable: false),
                    FunctionRespN = table.Column<int>(type: "integer", nullable: false),
                    FunctionResp = table.Column<int>(type: "integer", nullable: false),
                    PainRespDischargeN = table.Column<int>(type: "integer", nullable: false),
                    PainRespDischarge = table.Column<int>(type: "integer", nullable: false),
                    FunctionRespDischargeN = table.Column<int>(type: "integer", nullable: false),
                    FunctionRespDischarge = table.Column<int>(type: "integer", nullable: false),
                    PainWorseN = table.Column<int>(type: "integer", nullable: false),
                    PainWorse = table.Column<int>(type: "integer", nullable: false),
                    FunctionWorseN = table.Column<int>(type: "integer", nullable: false),
                    FunctionWorse = table.Column<int>(type: "integer", nullable: false),
                    PainFreeN = table.Column<int>(type: "integer", nullable: false),
                    PainFree = table.Column<int>(type: "integer", nullable: false),
                    RecoveredN = table.Column<int>(type: "integer", nullable: false),
                    Recovered = table.Column<int>(type: "integer", nullable: false),
                    PainN = table.Column<int>(type: "integer", nullable: false),
                    PainSum = table.Column<double>(type: "double precision", nullable: true),
                    PainSq = table.Column<double>(type: "double precision", nullable: true),
                    OdiN = table.Column<int>(type: "integer", nullable: false),
                    OdiSum = table.Column<double>(type: "double precision", nullable: true),
                    OdiSq = table.Column<double>(type: "double precision", nullable: true),
                    RmdqN = table.Column<int>(type: "integer", nullable: false),
                    RmdqSum = table.Column<double>(type: "double precision", nullable: true),
                    RmdqSq = table.Column<double>(type: "double precision", nullable: true),
                    SleepN = table.Column<int>(type: "integer", nullable: false),
                    SleepSum = table.Column<double>(type: "double precision", nullable: true),
                    SleepSq = table.Column<double>(type: "double precision", nullable: true),
                    StressN = table.Column<int>(type: "integer", nullable: false),
                    StressSum = table.Column<double>(type: "double precision", nullable: true),
                    StressSq = table.Column<double>(type: "double precision", nullable: true),
                    PsfsN = table.Column<int>(type: "integer", nullable: false),
                    PsfsSum = table.Column<double>(type: "double precision", nullable: true),
                    PsfsSq = table.Column<double>(type: "double precision", nullable: true),
                    SessionsSum = table.Column<double>(type: "double precision", nullable: true),
                    SessionsSq = table.Column<double>(type: "double precision", nullable: true),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    Missed = table.Column<int>(type: "integer", nullable: false),
                    AdherenceN = table.Column<int>(type: "integer", nullable: false),
                    AdherenceSum = table.Column<double>(type: "double precision", nullable: true),
                    AdherenceSq = table.Column<double>(type: "double precision", nullable: true),
                    AdverseN = table.Column<int>(type: "integer", nullable: false),
                    Adverse = table.Column<int>(type: "integer", nullable: false),
                    SorenessN = table.Column<int>(type: "integer", nullable: false),
                    Soreness = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeAggregate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeAggregateChange",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: true)
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
