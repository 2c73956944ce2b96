using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing clinics get the rule too (decision 0040)

            migrationBuilder.CreateTable(
                name: "EmergencyGrant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
