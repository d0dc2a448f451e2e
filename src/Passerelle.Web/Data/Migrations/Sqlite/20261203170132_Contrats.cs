using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Contrats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contrats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcoursId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Rang = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContratPrecedentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Objectifs = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    EngagementsPersonne = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EngagementsDepartement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Organisme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Resume = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SigneLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SigneA = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValideStructureLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValideStructurePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecideLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MotifDecision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contrats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contrats_Contrats_ContratPrecedentId",
                        column: x => x.ContratPrecedentId,
                        principalTable: "Contrats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contrats_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contrats_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReglesContrats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DureeJeunesMois = table.Column<int>(type: "INTEGER", nullable: false),
                    AlerteAvantFinMois = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidationParStructure = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesContrats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesContrats_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contrats_ContratPrecedentId",
                table: "Contrats",
                column: "ContratPrecedentId");

            migrationBuilder.CreateIndex(
                name: "IX_Contrats_DepartementId_DateFin_ParcoursId",
                table: "Contrats",
                columns: new[] { "DepartementId", "DateFin", "ParcoursId" },
                filter: "\"Statut\" = 'Valide'");

            migrationBuilder.CreateIndex(
                name: "IX_Contrats_DepartementId_PersonneId_Type",
                table: "Contrats",
                columns: new[] { "DepartementId", "PersonneId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Contrats_ParcoursId",
                table: "Contrats",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_Contrats_PersonneId",
                table: "Contrats",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReglesContrats_DepartementId",
                table: "ReglesContrats",
                column: "DepartementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contrats");

            migrationBuilder.DropTable(
                name: "ReglesContrats");
        }
    }
}
