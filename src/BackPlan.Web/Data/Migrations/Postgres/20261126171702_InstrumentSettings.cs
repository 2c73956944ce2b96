using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InstrumentSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstrumentLicences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentLicences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentWordings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ItemTexts = table.Column<string>(type: "text", nullable: false),
                    QuestionnaireJson = table.Column<string>(type: "text", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentWordings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentLicences_ClinicId_InstrumentCode",
                table: "InstrumentLicences",
                columns: new[] { "ClinicId", "InstrumentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentWordings_ClinicId_InstrumentCode",
                table: "InstrumentWordings",
                columns: new[] { "ClinicId", "InstrumentCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentLicences");

            migrationBuilder.DropTable(
                name: "InstrumentWordings");
        }
    }
}
