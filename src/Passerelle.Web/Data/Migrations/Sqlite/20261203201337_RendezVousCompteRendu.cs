using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RendezVousCompteRendu : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompteRendu",
                table: "RendezVous",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompteRenduAuteurId",
                table: "RendezVous",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CompteRenduReserve",
                table: "RendezVous",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CompteRendu",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduAuteurId",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduReserve",
                table: "RendezVous");
        }
    }
}
