using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EquipesPluridisciplinaires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DelegationsDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Qualite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Debut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fin = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationsDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DelegationsDecision_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquipesPluridisciplinaires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    Quorum = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumDepartement = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumFranceTravail = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumProfessionnelsInsertion = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumRepresentantsBeneficiaires = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipesPluridisciplinaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipesPluridisciplinaires_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReglesEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PremiereRelanceJours = table.Column<int>(type: "INTEGER", nullable: false),
                    IntervalleRelancesJours = table.Column<int>(type: "INTEGER", nullable: false),
                    NombreRelances = table.Column<int>(type: "INTEGER", nullable: false),
                    AbsencesPourSignalement = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodeAbsencesMois = table.Column<int>(type: "INTEGER", nullable: false),
                    MaintienSocialMois = table.Column<int>(type: "INTEGER", nullable: false),
                    MontantReduction = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    DureeReductionMois = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspensionDesLePremierPassage = table.Column<bool>(type: "INTEGER", nullable: false),
                    DureeMaximaleSuspensionMois = table.Column<int>(type: "INTEGER", nullable: false),
                    PourcentageMinimalRemobilisation = table.Column<int>(type: "INTEGER", nullable: false),
                    DureeMaximaleRemobilisationMois = table.Column<int>(type: "INTEGER", nullable: false),
                    RestitutionMaximaleMois = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesEp_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RelancesEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DateReference = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rang = table.Column<int>(type: "INTEGER", nullable: false),
                    EnvoyeeLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnvoiId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnvoyeePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelancesEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelancesEp_Envois_EnvoiId",
                        column: x => x.EnvoiId,
                        principalTable: "Envois",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RelancesEp_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ThematiquesEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThematiquesEp", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MembresEquipe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    EquipePluridisciplinaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prenom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fonction = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Courriel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresEquipe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresEquipe_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MembresEquipe_EquipesPluridisciplinaires_EquipePluridisciplinaireId",
                        column: x => x.EquipePluridisciplinaireId,
                        principalTable: "EquipesPluridisciplinaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeancesEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EquipePluridisciplinaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    Debut = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Lieu = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ConvoqueeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    QuorumAtteint = table.Column<bool>(type: "INTEGER", nullable: true),
                    MotifSansQuorum = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MotifAnnulation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReporteeVersId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeancesEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeancesEp_EquipesPluridisciplinaires_EquipePluridisciplinaireId",
                        column: x => x.EquipePluridisciplinaireId,
                        principalTable: "EquipesPluridisciplinaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeancesEp_SeancesEp_ReporteeVersId",
                        column: x => x.ReporteeVersId,
                        principalTable: "SeancesEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossiersEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    ThematiqueEpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DetecteLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SeanceEpId = table.Column<int>(type: "INTEGER", nullable: true),
                    Rang = table.Column<int>(type: "INTEGER", nullable: true),
                    DateInformation = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InformationEnvoiId = table.Column<int>(type: "INTEGER", nullable: true),
                    BeneficiairePresent = table.Column<bool>(type: "INTEGER", nullable: true),
                    Avis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MotifAvis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AvisLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OrientationDecidee = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Montant = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Pourcentage = table.Column<int>(type: "INTEGER", nullable: true),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: true),
                    DateEffet = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecideLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecideurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecideurNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecideurQualite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DateNotification = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotificationEnvoiId = table.Column<int>(type: "INTEGER", nullable: true),
                    RepriseObligationsLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MoisRestitues = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnuleeSurRecoursLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExporteeCafLe = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossiersEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossiersEp_Envois_InformationEnvoiId",
                        column: x => x.InformationEnvoiId,
                        principalTable: "Envois",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DossiersEp_Envois_NotificationEnvoiId",
                        column: x => x.NotificationEnvoiId,
                        principalTable: "Envois",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DossiersEp_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossiersEp_SeancesEp_SeanceEpId",
                        column: x => x.SeanceEpId,
                        principalTable: "SeancesEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossiersEp_ThematiquesEp_ThematiqueEpId",
                        column: x => x.ThematiqueEpId,
                        principalTable: "ThematiquesEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresencesSeance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeanceEpId = table.Column<int>(type: "INTEGER", nullable: false),
                    MembreEquipeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConvocationEnvoiId = table.Column<int>(type: "INTEGER", nullable: true),
                    Present = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresencesSeance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresencesSeance_Envois_ConvocationEnvoiId",
                        column: x => x.ConvocationEnvoiId,
                        principalTable: "Envois",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PresencesSeance_MembresEquipe_MembreEquipeId",
                        column: x => x.MembreEquipeId,
                        principalTable: "MembresEquipe",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresencesSeance_SeancesEp_SeanceEpId",
                        column: x => x.SeanceEpId,
                        principalTable: "SeancesEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObservationsEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierEpId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecueLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Forme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentPersonneId = table.Column<int>(type: "INTEGER", nullable: true),
                    SaisiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObservationsEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObservationsEp_DocumentsPersonne_DocumentPersonneId",
                        column: x => x.DocumentPersonneId,
                        principalTable: "DocumentsPersonne",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ObservationsEp_DossiersEp_DossierEpId",
                        column: x => x.DossierEpId,
                        principalTable: "DossiersEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecoursEp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierEpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeposeLe = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssueLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SaisiPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoursEp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoursEp_DossiersEp_DossierEpId",
                        column: x => x.DossierEpId,
                        principalTable: "DossiersEp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_OrientationEnCours",
                table: "Parcours",
                columns: new[] { "DepartementId", "TypeOrientation", "DateOrientation" },
                filter: "\"DateCloture\" IS NULL AND \"DateOrientation\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationsDecision_DepartementId_UtilisateurId",
                table: "DelegationsDecision",
                columns: new[] { "DepartementId", "UtilisateurId" });

            migrationBuilder.CreateIndex(
                name: "IX_DelegationsDecision_UtilisateurId",
                table: "DelegationsDecision",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_DepartementId_DecideLe",
                table: "DossiersEp",
                columns: new[] { "DepartementId", "DecideLe" },
                filter: "\"DecideLe\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_DepartementId_Statut_TerritoireId",
                table: "DossiersEp",
                columns: new[] { "DepartementId", "Statut", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_InformationEnvoiId",
                table: "DossiersEp",
                column: "InformationEnvoiId");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_NotificationEnvoiId",
                table: "DossiersEp",
                column: "NotificationEnvoiId");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_PersonneId_Nature_CreeLe",
                table: "DossiersEp",
                columns: new[] { "PersonneId", "Nature", "CreeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_SeanceEpId_Rang",
                table: "DossiersEp",
                columns: new[] { "SeanceEpId", "Rang" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_ThematiqueEpId",
                table: "DossiersEp",
                column: "ThematiqueEpId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipesPluridisciplinaires_DepartementId_Nom",
                table: "EquipesPluridisciplinaires",
                columns: new[] { "DepartementId", "Nom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EquipesPluridisciplinaires_DepartementId_TerritoireId",
                table: "EquipesPluridisciplinaires",
                columns: new[] { "DepartementId", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipesPluridisciplinaires_TerritoireId",
                table: "EquipesPluridisciplinaires",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipe_EquipePluridisciplinaireId",
                table: "MembresEquipe",
                column: "EquipePluridisciplinaireId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipe_UtilisateurId",
                table: "MembresEquipe",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationsEp_DocumentPersonneId",
                table: "ObservationsEp",
                column: "DocumentPersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationsEp_DossierEpId",
                table: "ObservationsEp",
                column: "DossierEpId");

            migrationBuilder.CreateIndex(
                name: "IX_PresencesSeance_ConvocationEnvoiId",
                table: "PresencesSeance",
                column: "ConvocationEnvoiId");

            migrationBuilder.CreateIndex(
                name: "IX_PresencesSeance_MembreEquipeId",
                table: "PresencesSeance",
                column: "MembreEquipeId");

            migrationBuilder.CreateIndex(
                name: "IX_PresencesSeance_SeanceEpId_MembreEquipeId",
                table: "PresencesSeance",
                columns: new[] { "SeanceEpId", "MembreEquipeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecoursEp_DossierEpId",
                table: "RecoursEp",
                column: "DossierEpId");

            migrationBuilder.CreateIndex(
                name: "IX_ReglesEp_DepartementId",
                table: "ReglesEp",
                column: "DepartementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelancesEp_DepartementId_Nature_EnvoyeeLe",
                table: "RelancesEp",
                columns: new[] { "DepartementId", "Nature", "EnvoyeeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_RelancesEp_EnvoiId",
                table: "RelancesEp",
                column: "EnvoiId");

            migrationBuilder.CreateIndex(
                name: "IX_RelancesEp_PersonneId_Nature_DateReference_Rang",
                table: "RelancesEp",
                columns: new[] { "PersonneId", "Nature", "DateReference", "Rang" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeancesEp_DepartementId_Statut_Debut",
                table: "SeancesEp",
                columns: new[] { "DepartementId", "Statut", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_SeancesEp_EquipePluridisciplinaireId_Debut",
                table: "SeancesEp",
                columns: new[] { "EquipePluridisciplinaireId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_SeancesEp_ReporteeVersId",
                table: "SeancesEp",
                column: "ReporteeVersId");

            migrationBuilder.CreateIndex(
                name: "IX_ThematiquesEp_DepartementId_Nature",
                table: "ThematiquesEp",
                columns: new[] { "DepartementId", "Nature" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DelegationsDecision");

            migrationBuilder.DropTable(
                name: "ObservationsEp");

            migrationBuilder.DropTable(
                name: "PresencesSeance");

            migrationBuilder.DropTable(
                name: "RecoursEp");

            migrationBuilder.DropTable(
                name: "ReglesEp");

            migrationBuilder.DropTable(
                name: "RelancesEp");

            migrationBuilder.DropTable(
                name: "MembresEquipe");

            migrationBuilder.DropTable(
                name: "DossiersEp");

            migrationBuilder.DropTable(
                name: "SeancesEp");

            migrationBuilder.DropTable(
                name: "ThematiquesEp");

            migrationBuilder.DropTable(
                name: "EquipesPluridisciplinaires");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_OrientationEnCours",
                table: "Parcours");
        }
    }
}
