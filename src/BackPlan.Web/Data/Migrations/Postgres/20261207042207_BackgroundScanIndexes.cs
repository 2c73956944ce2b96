using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BackgroundScanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentAt_Failed_SendAfter",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_WithdrawnAt_SendAfter_Failed",
                table: "Outbox",
                columns: new[] { "SentAt", "WithdrawnAt", "SendAfter", "Failed" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_EndUtc",
                table: "Appointments",
                column: "EndUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentAt_WithdrawnAt_SendAfter_Failed",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_EndUtc",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_Failed_SendAfter",
                table: "Outbox",
                columns: new[] { "SentAt", "Failed", "SendAfter" });
        }
    }
}
