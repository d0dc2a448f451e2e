using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Titre = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Debut = table.Column<DateOnly>(type: "date", nullable: false),
                    Fin = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Presentation = table.Column<string>(type: "text", nullable: true),
                    ImporteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElementsProgramme",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Niveau = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Titre = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Ordre = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Engagements = table.Column<List<string>>(type: "text[]", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Pilote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Copilotes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Partenaires = table.Column<List<string>>(type: "text[]", nullable: false),
                    Operateurs = table.Column<List<string>>(type: "text[]", nullable: false),
                    Territoires = table.Column<List<string>>(type: "text[]", nullable: false),
                    Contexte = table.Column<string>(type: "text", nullable: true),
                    Objectifs = table.Column<List<string>>(type: "text[]", nullable: false),
                    Public = table.Column<string>(type: "text", nullable: true),
                    Contenu = table.Column<string>(type: "text", nullable: true),
                    Calendrier = table.Column<string>(type: "text", nullable: true),
                    Moyens = table.Column<string>(type: "text", nullable: true),
                    Livrables = table.Column<List<string>>(type: "text[]", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    ElementId = table.Column<int>(type: "integer", nullable: true),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Financeur = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Annee = table.Column<int>(type: "integer", nullable: true),
                    Montant = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FicheActionId = table.Column<int>(type: "integer", nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Thematiques = table.Column<List<string>>(type: "text[]", nullable: false),
                    Publics = table.Column<List<string>>(type: "text[]", nullable: false),
                    ConditionsAcces = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HeuresHebdomadaires = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    NombreSemaines = table.Column<int>(type: "integer", nullable: true),
                    Adresse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CodeInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Territoires = table.Column<List<int>>(type: "integer[]", nullable: false),
                    ModesAccueil = table.Column<List<string>>(type: "text[]", nullable: false),
                    Frais = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ModesMobilisation = table.Column<List<string>>(type: "text[]", nullable: false),
                    MobilisationPrecisions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContactNom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Courriel = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telephone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublieeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MotifRefus = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ModifieeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceExterne = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdExterne = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    FicheActionId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Libelle = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Unite = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    FicheActionId = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Par = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Motif = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Changements = table.Column<List<string>>(type: "text[]", nullable: false),
                    Contenu = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "integer", nullable: false),
                    Debut = table.Column<DateOnly>(type: "date", nullable: false),
                    Fin = table.Column<DateOnly>(type: "date", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "integer", nullable: false),
                    Debut = table.Column<DateOnly>(type: "date", nullable: false),
                    Fin = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    IndicateurFicheId = table.Column<int>(type: "integer", nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Valeur = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
