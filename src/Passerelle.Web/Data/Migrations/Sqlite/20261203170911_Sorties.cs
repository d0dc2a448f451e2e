using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sorties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DateReprise",
                table: "Parcours",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SortieEnregistree",
                table: "Parcours",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "LiensEspacePersonnel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiensEspacePersonnel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiensEspacePersonnel_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiensEspacePersonnel_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReglesSortie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PremierSuiviMois = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondSuiviMois = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesSortie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesSortie_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sorties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcoursId = table.Column<int>(type: "INTEGER", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateSortie = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TypeContrat = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DureeContratMois = table.Column<int>(type: "INTEGER", nullable: true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProposeeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnregistreeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnregistreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sorties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sorties_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sorties_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sorties_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuivisSortie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SortieId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Mois = table.Column<int>(type: "INTEGER", nullable: false),
                    Echeance = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RealiseLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RealisePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuivisSortie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuivisSortie_Sorties_SortieId",
                        column: x => x.SortieId,
                        principalTable: "Sorties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiensEspacePersonnel_PersonneId",
                table: "LiensEspacePersonnel",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_LiensEspacePersonnel_UtilisateurId",
                table: "LiensEspacePersonnel",
                column: "UtilisateurId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReglesSortie_DepartementId",
                table: "ReglesSortie",
                column: "DepartementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_DepartementId_PersonneId",
                table: "Sorties",
                columns: new[] { "DepartementId", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_DepartementId_ReferentId_Statut",
                table: "Sorties",
                columns: new[] { "DepartementId", "ReferentId", "Statut" },
                filter: "\"ReferentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_DepartementId_Statut_DateSortie",
                table: "Sorties",
                columns: new[] { "DepartementId", "Statut", "DateSortie" });

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_ParcoursId_DateSortie",
                table: "Sorties",
                columns: new[] { "ParcoursId", "DateSortie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_PersonneId",
                table: "Sorties",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_Sorties_ReferentId",
                table: "Sorties",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_SuivisSortie_DepartementId_Echeance",
                table: "SuivisSortie",
                columns: new[] { "DepartementId", "Echeance" },
                filter: "\"RealiseLe\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SuivisSortie_DepartementId_ReferentId_Echeance",
                table: "SuivisSortie",
                columns: new[] { "DepartementId", "ReferentId", "Echeance" },
                filter: "\"RealiseLe\" IS NULL AND \"ReferentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SuivisSortie_SortieId_Mois",
                table: "SuivisSortie",
                columns: new[] { "SortieId", "Mois" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiensEspacePersonnel");

            migrationBuilder.DropTable(
                name: "ReglesSortie");

            migrationBuilder.DropTable(
                name: "SuivisSortie");

            migrationBuilder.DropTable(
                name: "Sorties");

            migrationBuilder.DropColumn(
                name: "DateReprise",
                table: "Parcours");

            migrationBuilder.DropColumn(
                name: "SortieEnregistree",
                table: "Parcours");
        }
    }
}
