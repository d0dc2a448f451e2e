using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParrainageImmersionsIae : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Immersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFinRenouvellement = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CodeRome = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Objet = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PrescritParId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PrescritParNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrescritLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Immersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Immersions_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Immersions_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Immersions_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParcoursIae",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    DateDiagnostic = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateEmbauche = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TypeContrat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateSortie = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MotifSortie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SaisiPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SaisiLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcoursIae", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcoursIae_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParcoursIae_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Parrains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Metier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Secteur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: true),
                    Disponibilites = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DateEngagement = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parrains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parrains_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parrains_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PlacesSiae",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    PostesConventionnes = table.Column<int>(type: "INTEGER", nullable: false),
                    EtpConventionnes = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacesSiae", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacesSiae_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Parrainages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ParrainId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposeParId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProposeParNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFinPrevue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Objectifs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Partage = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommenceLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parrainages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parrainages_Parrains_ParrainId",
                        column: x => x.ParrainId,
                        principalTable: "Parrains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parrainages_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RencontresParrainage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParrainageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DureeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Sujet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SaisiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SaisieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencontresParrainage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RencontresParrainage_Parrainages_ParrainageId",
                        column: x => x.ParrainageId,
                        principalTable: "Parrainages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Immersions_DepartementId_DateDebut",
                table: "Immersions",
                columns: new[] { "DepartementId", "DateDebut" });

            migrationBuilder.CreateIndex(
                name: "IX_Immersions_EmployeurId",
                table: "Immersions",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_Immersions_PersonneId_DateDebut",
                table: "Immersions",
                columns: new[] { "PersonneId", "DateDebut" });

            migrationBuilder.CreateIndex(
                name: "IX_Immersions_StructureId",
                table: "Immersions",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcoursIae_PersonneId_DateEmbauche",
                table: "ParcoursIae",
                columns: new[] { "PersonneId", "DateEmbauche" });

            migrationBuilder.CreateIndex(
                name: "IX_ParcoursIae_StructureId_DateEmbauche",
                table: "ParcoursIae",
                columns: new[] { "StructureId", "DateEmbauche" });

            migrationBuilder.CreateIndex(
                name: "IX_Parrainages_DepartementId_CommenceLe",
                table: "Parrainages",
                columns: new[] { "DepartementId", "CommenceLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Parrainages_ParrainId_Statut",
                table: "Parrainages",
                columns: new[] { "ParrainId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Parrainages_PersonneId_Statut",
                table: "Parrainages",
                columns: new[] { "PersonneId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Parrains_DepartementId_UtilisateurId",
                table: "Parrains",
                columns: new[] { "DepartementId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parrains_EmployeurId",
                table: "Parrains",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_Parrains_UtilisateurId",
                table: "Parrains",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacesSiae_StructureId_Annee",
                table: "PlacesSiae",
                columns: new[] { "StructureId", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RencontresParrainage_ParrainageId_Date",
                table: "RencontresParrainage",
                columns: new[] { "ParrainageId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Immersions");

            migrationBuilder.DropTable(
                name: "ParcoursIae");

            migrationBuilder.DropTable(
                name: "PlacesSiae");

            migrationBuilder.DropTable(
                name: "RencontresParrainage");

            migrationBuilder.DropTable(
                name: "Parrainages");

            migrationBuilder.DropTable(
                name: "Parrains");
        }
    }
}
