using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PilotageCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CodeCatalogue",
                table: "IndicateursFiche",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Correspondance",
                table: "IndicateursFiche",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "NonEtablie");

            migrationBuilder.AddColumn<string>(
                name: "MotifCorrespondance",
                table: "IndicateursFiche",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SaisiesIndicateur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicateurFicheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Du = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Au = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Valeur = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PieceNom = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PieceType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PieceContenu = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SaisieLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SaisiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrigeeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrigeePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaisiesIndicateur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaisiesIndicateur_IndicateursFiche_IndicateurFicheId",
                        column: x => x.IndicateurFicheId,
                        principalTable: "IndicateursFiche",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SaisiesIndicateur_IndicateurFicheId_Du_Au",
                table: "SaisiesIndicateur",
                columns: new[] { "IndicateurFicheId", "Du", "Au" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SaisiesIndicateur");

            migrationBuilder.DropColumn(
                name: "CodeCatalogue",
                table: "IndicateursFiche");

            migrationBuilder.DropColumn(
                name: "Correspondance",
                table: "IndicateursFiche");

            migrationBuilder.DropColumn(
                name: "MotifCorrespondance",
                table: "IndicateursFiche");
        }
    }
}
