using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammesEtOffre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Debut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Presentation = table.Column<string>(type: "TEXT", nullable: true),
                    ImporteLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElementsProgramme",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Niveau = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElementsProgramme", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElementsProgramme_ElementsProgramme_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ElementsProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElementsProgramme_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartenairesProgramme",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Engagements = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartenairesProgramme", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartenairesProgramme_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FichesActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Pilote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Copilotes = table.Column<string>(type: "TEXT", nullable: false),
                    Partenaires = table.Column<string>(type: "TEXT", nullable: false),
                    Operateurs = table.Column<string>(type: "TEXT", nullable: false),
                    Territoires = table.Column<string>(type: "TEXT", nullable: false),
                    Contexte = table.Column<string>(type: "TEXT", nullable: true),
                    Objectifs = table.Column<string>(type: "TEXT", nullable: false),
                    Public = table.Column<string>(type: "TEXT", nullable: true),
                    Contenu = table.Column<string>(type: "TEXT", nullable: true),
                    Calendrier = table.Column<string>(type: "TEXT", nullable: true),
                    Moyens = table.Column<string>(type: "TEXT", nullable: true),
                    Livrables = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FichesActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FichesActions_ElementsProgramme_Id",
                        column: x => x.Id,
                        principalTable: "ElementsProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LignesFinancement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ElementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Financeur = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Annee = table.Column<int>(type: "INTEGER", nullable: true),
                    Montant = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LignesFinancement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LignesFinancement_ElementsProgramme_ElementId",
                        column: x => x.ElementId,
                        principalTable: "ElementsProgramme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LignesFinancement_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionsInsertion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Thematiques = table.Column<string>(type: "TEXT", nullable: false),
                    Publics = table.Column<string>(type: "TEXT", nullable: false),
                    ConditionsAcces = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HeuresHebdomadaires = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    NombreSemaines = table.Column<int>(type: "INTEGER", nullable: true),
                    Adresse = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CodeInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Territoires = table.Column<string>(type: "TEXT", nullable: false),
                    ModesAccueil = table.Column<string>(type: "TEXT", nullable: false),
                    Frais = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModesMobilisation = table.Column<string>(type: "TEXT", nullable: false),
                    MobilisationPrecisions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Courriel = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublieeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ModifieeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifieePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceExterne = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdExterne = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionsInsertion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionsInsertion_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionsInsertion_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicateursFiche",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unite = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicateursFiche", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicateursFiche_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VersionsFiche",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<int>(type: "INTEGER", nullable: false),
                    Le = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Par = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Changements = table.Column<string>(type: "TEXT", nullable: false),
                    Contenu = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionsFiche", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VersionsFiche_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacesFinancees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Debut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacesFinancees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacesFinancees_ActionsInsertion_ActionInsertionId",
                        column: x => x.ActionInsertionId,
                        principalTable: "ActionsInsertion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionsAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Debut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fin = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionsAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionsAction_ActionsInsertion_ActionInsertionId",
                        column: x => x.ActionInsertionId,
                        principalTable: "ActionsInsertion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ValeursIndicateur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicateurFicheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Valeur = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValeursIndicateur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValeursIndicateur_IndicateursFiche_IndicateurFicheId",
                        column: x => x.IndicateurFicheId,
                        principalTable: "IndicateursFiche",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionsInsertion_DepartementId_SourceExterne_IdExterne",
                table: "ActionsInsertion",
                columns: new[] { "DepartementId", "SourceExterne", "IdExterne" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionsInsertion_DepartementId_Statut",
                table: "ActionsInsertion",
                columns: new[] { "DepartementId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionsInsertion_FicheActionId",
                table: "ActionsInsertion",
                column: "FicheActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionsInsertion_StructureId",
                table: "ActionsInsertion",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementsProgramme_ParentId",
                table: "ElementsProgramme",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ElementsProgramme_ProgrammeId_Code",
                table: "ElementsProgramme",
                columns: new[] { "ProgrammeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicateursFiche_FicheActionId",
                table: "IndicateursFiche",
                column: "FicheActionId");

            migrationBuilder.CreateIndex(
                name: "IX_LignesFinancement_ElementId",
                table: "LignesFinancement",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_LignesFinancement_ProgrammeId_ElementId",
                table: "LignesFinancement",
                columns: new[] { "ProgrammeId", "ElementId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartenairesProgramme_ProgrammeId",
                table: "PartenairesProgramme",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacesFinancees_ActionInsertionId_Debut",
                table: "PlacesFinancees",
                columns: new[] { "ActionInsertionId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_DepartementId_Code",
                table: "Programmes",
                columns: new[] { "DepartementId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionsAction_ActionInsertionId_Debut",
                table: "SessionsAction",
                columns: new[] { "ActionInsertionId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_ValeursIndicateur_IndicateurFicheId_Nature_Annee",
                table: "ValeursIndicateur",
                columns: new[] { "IndicateurFicheId", "Nature", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VersionsFiche_FicheActionId_Numero",
                table: "VersionsFiche",
                columns: new[] { "FicheActionId", "Numero" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LignesFinancement");

            migrationBuilder.DropTable(
                name: "PartenairesProgramme");

            migrationBuilder.DropTable(
                name: "PlacesFinancees");

            migrationBuilder.DropTable(
                name: "SessionsAction");

            migrationBuilder.DropTable(
                name: "ValeursIndicateur");

            migrationBuilder.DropTable(
                name: "VersionsFiche");

            migrationBuilder.DropTable(
                name: "ActionsInsertion");

            migrationBuilder.DropTable(
                name: "IndicateursFiche");

            migrationBuilder.DropTable(
                name: "FichesActions");

            migrationBuilder.DropTable(
                name: "ElementsProgramme");

            migrationBuilder.DropTable(
                name: "Programmes");
        }
    }
}
