using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackPlan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PatientListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_ClinicId_FamilyName_GivenName",
                table: "Patients");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ClinicId_FamilyName_GivenName_Id_SearchText",
                table: "Patients",
                columns: new[] { "ClinicId", "FamilyName", "GivenName", "Id", "SearchText" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_ClinicId_FamilyName_GivenName_Id_SearchText",
                table: "Patients");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ClinicId_FamilyName_GivenName",
                table: "Patients",
                columns: new[] { "ClinicId", "FamilyName", "GivenName" });
        }
    }
}
