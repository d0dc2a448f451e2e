using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Rang = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContratPrecedentId = table.Column<int>(type: "integer", nullable: true),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DureeMois = table.Column<int>(type: "integer", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Objectifs = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Actions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    EngagementsPersonne = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EngagementsDepartement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Organisme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Resume = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SigneLe = table.Column<DateOnly>(type: "date", nullable: true),
                    SigneA = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValideStructureLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ValideStructurePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecideLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MotifDecision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DureeJeunesMois = table.Column<int>(type: "integer", nullable: false),
                    AlerteAvantFinMois = table.Column<int>(type: "integer", nullable: false),
                    ValidationParStructure = table.Column<bool>(type: "boolean", nullable: false)
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
