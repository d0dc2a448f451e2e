using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OffresEmploi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OffresEmploi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EmployeurId = table.Column<int>(type: "integer", nullable: false),
                    Intitule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CodeRome = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TypeContrat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DureeMois = table.Column<int>(type: "integer", nullable: true),
                    HeuresHebdomadaires = table.Column<int>(type: "integer", nullable: false),
                    CodeInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: true),
                    NombrePostes = table.Column<int>(type: "integer", nullable: false),
                    DatePublication = table.Column<DateOnly>(type: "date", nullable: false),
                    DateLimite = table.Column<DateOnly>(type: "date", nullable: true),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OffresEmploi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OffresEmploi_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OffresEmploi_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MisesEnRelation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OffreEmploiId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: false),
                    ReferentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Rsa = table.Column<bool>(type: "boolean", nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DateProposition = table.Column<DateOnly>(type: "date", nullable: false),
                    DateReponse = table.Column<DateOnly>(type: "date", nullable: true),
                    DateEntretien = table.Column<DateOnly>(type: "date", nullable: true),
                    TypeContrat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: true),
                    DureeMois = table.Column<int>(type: "integer", nullable: true),
                    Motif = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MisesEnRelation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MisesEnRelation_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MisesEnRelation_OffresEmploi_OffreEmploiId",
                        column: x => x.OffreEmploiId,
                        principalTable: "OffresEmploi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MisesEnRelation_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MisesEnRelation_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_DepartementId_PersonneId",
                table: "MisesEnRelation",
                columns: new[] { "DepartementId", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_DepartementId_ReferentId_Statut",
                table: "MisesEnRelation",
                columns: new[] { "DepartementId", "ReferentId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_OffreEmploiId_PersonneId",
                table: "MisesEnRelation",
                columns: new[] { "OffreEmploiId", "PersonneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_ParcoursId",
                table: "MisesEnRelation",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_PersonneId",
                table: "MisesEnRelation",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_MisesEnRelation_ReferentId",
                table: "MisesEnRelation",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_OffresEmploi_DepartementId_EmployeurId",
                table: "OffresEmploi",
                columns: new[] { "DepartementId", "EmployeurId" });

            migrationBuilder.CreateIndex(
                name: "IX_OffresEmploi_DepartementId_Statut_TerritoireId_DatePublicat~",
                table: "OffresEmploi",
                columns: new[] { "DepartementId", "Statut", "TerritoireId", "DatePublication" });

            migrationBuilder.CreateIndex(
                name: "IX_OffresEmploi_EmployeurId",
                table: "OffresEmploi",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_OffresEmploi_TerritoireId",
                table: "OffresEmploi",
                column: "TerritoireId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MisesEnRelation");

            migrationBuilder.DropTable(
                name: "OffresEmploi");
        }
    }
}
