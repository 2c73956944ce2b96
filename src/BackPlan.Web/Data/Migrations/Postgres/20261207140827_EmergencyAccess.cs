using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmergencyAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RecordsForCareTeamOnly",
                table: "Clinics",
                type: "boolean",
                nullable: false,
                defaultValue: true); // existing clinics get the rule too (decision 0040)

            migrationBuilder.CreateTable(
                name: "EmergencyGrant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyGrant", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyGrant_ClinicId_PatientId_UserId_ExpiresAt",
                table: "EmergencyGrant",
                columns: new[] { "ClinicId", "PatientId", "UserId", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyGrant");

            migrationBuilder.DropColumn(
                name: "RecordsForCareTeamOnly",
                table: "Clinics");
        }
    }
}
