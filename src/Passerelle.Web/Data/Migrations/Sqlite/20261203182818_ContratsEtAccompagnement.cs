using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContratsEtAccompagnement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SaisieManuelle",
                table: "Personnes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateReprise",
                table: "Parcours",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Public",
                table: "Parcours",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "RSA");

            migrationBuilder.AddColumn<bool>(
                name: "SortieEnregistree",
                table: "Parcours",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ConsentementsPartage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    DonneLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecueilliPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnregistreLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetireLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentementsPartage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentementsPartage_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "DocumentsPersonne",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TypeContenu = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Taille = table.Column<long>(type: "INTEGER", nullable: false),
                    Empreinte = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Chemin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Chiffre = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeposeParId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DeposePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentsPersonne", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentsPersonne_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DominantesAccompagnement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChoisiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChoisieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DominantesAccompagnement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DominantesAccompagnement_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DominantesDepartement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DominantesDepartement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DominantesDepartement_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EcritsJournal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Confidentialite = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuteurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Auteur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EcritLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EcritsJournal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EcritsJournal_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "MembresEquipeSuivi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Fonction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DemandePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DemandeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecideLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetireLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresEquipeSuivi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresEquipeSuivi_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MembresEquipeSuivi_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembresEquipeSuivi_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectifsSuivi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectifParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Echeance = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatutLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatutPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectifsSuivi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectifsSuivi_ObjectifsSuivi_ObjectifParentId",
                        column: x => x.ObjectifParentId,
                        principalTable: "ObjectifsSuivi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectifsSuivi_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicsAccompagnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicsAccompagnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicsAccompagnes_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
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
                name: "IX_ConsentementsPartage_EnVigueur",
                table: "ConsentementsPartage",
                column: "PersonneId",
                unique: true,
                filter: "\"RetireLe\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentementsPartage_PersonneId_DonneLe",
                table: "ConsentementsPartage",
                columns: new[] { "PersonneId", "DonneLe" });

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
                name: "IX_DocumentsPersonne_PersonneId_DeposeLe",
                table: "DocumentsPersonne",
                columns: new[] { "PersonneId", "DeposeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_DominantesAccompagnement_Courante",
                table: "DominantesAccompagnement",
                column: "PersonneId",
                unique: true,
                filter: "\"DateFin\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DominantesAccompagnement_PersonneId_DateDebut",
                table: "DominantesAccompagnement",
                columns: new[] { "PersonneId", "DateDebut" });

            migrationBuilder.CreateIndex(
                name: "IX_DominantesDepartement_DepartementId_Code",
                table: "DominantesDepartement",
                columns: new[] { "DepartementId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EcritsJournal_PersonneId_Date",
                table: "EcritsJournal",
                columns: new[] { "PersonneId", "Date" });

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
                name: "IX_MembresEquipeSuivi_PersonneId",
                table: "MembresEquipeSuivi",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipeSuivi_StructureId",
                table: "MembresEquipeSuivi",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipeSuivi_UtilisateurId_Statut_DateFin",
                table: "MembresEquipeSuivi",
                columns: new[] { "UtilisateurId", "Statut", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsSuivi_ObjectifParentId",
                table: "ObjectifsSuivi",
                column: "ObjectifParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsSuivi_PersonneId",
                table: "ObjectifsSuivi",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicsAccompagnes_DepartementId_Code",
                table: "PublicsAccompagnes",
                columns: new[] { "DepartementId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReglesContrats_DepartementId",
                table: "ReglesContrats",
                column: "DepartementId",
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
                name: "ConsentementsPartage");

            migrationBuilder.DropTable(
                name: "Contrats");

            migrationBuilder.DropTable(
                name: "DocumentsPersonne");

            migrationBuilder.DropTable(
                name: "DominantesAccompagnement");

            migrationBuilder.DropTable(
                name: "DominantesDepartement");

            migrationBuilder.DropTable(
                name: "EcritsJournal");

            migrationBuilder.DropTable(
                name: "LiensEspacePersonnel");

            migrationBuilder.DropTable(
                name: "MembresEquipeSuivi");

            migrationBuilder.DropTable(
                name: "ObjectifsSuivi");

            migrationBuilder.DropTable(
                name: "PublicsAccompagnes");

            migrationBuilder.DropTable(
                name: "ReglesContrats");

            migrationBuilder.DropTable(
                name: "ReglesSortie");

            migrationBuilder.DropTable(
                name: "SuivisSortie");

            migrationBuilder.DropTable(
                name: "Sorties");

            migrationBuilder.DropColumn(
                name: "SaisieManuelle",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "DateReprise",
                table: "Parcours");

            migrationBuilder.DropColumn(
                name: "Public",
                table: "Parcours");

            migrationBuilder.DropColumn(
                name: "SortieEnregistree",
                table: "Parcours");
        }
    }
}
