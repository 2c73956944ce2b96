using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUpWindowIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_FollowUpDueOn",
                table: "EpisodeOutcomeRecord");

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_FollowUpWindow",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "FollowUpDueOn", "PainFourWeeksOn", "StartedOn", "PractitionerId", "PainBaseline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EpisodeOutcomeRecord_FollowUpWindow",
                table: "EpisodeOutcomeRecord");

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeOutcomeRecord_ClinicId_FollowUpDueOn",
                table: "EpisodeOutcomeRecord",
                columns: new[] { "ClinicId", "FollowUpDueOn" });
        }
    }
}
