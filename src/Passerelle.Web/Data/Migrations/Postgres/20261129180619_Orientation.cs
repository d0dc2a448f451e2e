using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Orientation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Creneaux",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    ReferentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DureeMinutes = table.Column<int>(type: "integer", nullable: false),
                    Lieu = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Capacite = table.Column<int>(type: "integer", nullable: false),
                    Occupes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Creneaux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Creneaux_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Creneaux_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Diagnostics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    EtabliLe = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuteurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuteurNom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Freins = table.Column<string>(type: "character varying(6000)", maxLength: 6000, nullable: false),
                    Atouts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NiveauFormation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ExperienceProfessionnelle = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnneesExperience = table.Column<int>(type: "integer", nullable: true),
                    MetiersRecherches = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PermisB = table.Column<bool>(type: "boolean", nullable: false),
                    Vehicule = table.Column<bool>(type: "boolean", nullable: false),
                    RayonMobiliteKm = table.Column<int>(type: "integer", nullable: true),
                    DisponibleImmediatement = table.Column<bool>(type: "boolean", nullable: false),
                    DisponibleLe = table.Column<DateOnly>(type: "date", nullable: true),
                    ContraintesGarde = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DetailSante = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DetailJustice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuteurDetailsSensiblesId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diagnostics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Diagnostics_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Envois",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Canal = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CodeModele = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Cle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Destinataire = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Erreur = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnvoyeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Envois", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Envois_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Envois_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JeuxRegles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ValideDu = table.Column<DateOnly>(type: "date", nullable: false),
                    ValideAu = table.Column<DateOnly>(type: "date", nullable: true),
                    DelaiOrientation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DelaiPremierRdv = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DelaiContrat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RappelAvantRdvJours = table.Column<int>(type: "integer", nullable: false),
                    RelanceInvitationJours = table.Column<int>(type: "integer", nullable: false),
                    ExpirationInvitationJours = table.Column<int>(type: "integer", nullable: false),
                    LibelleProfessionnelle = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    LibelleSocioProfessionnelle = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    LibelleSociale = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Criteres = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JeuxRegles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JeuxRegles_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelesCourrier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Objet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Corps = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SmsTexte = table.Column<string>(type: "character varying(306)", maxLength: 306, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelesCourrier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelesCourrier_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OffresAccompagnement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    TypeOrientation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OffresAccompagnement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OffresAccompagnement_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Parcours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: true),
                    CodeInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    DateEntree = table.Column<DateOnly>(type: "date", nullable: false),
                    CodeRegles = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Etape = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TypeOrientation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StructureId = table.Column<int>(type: "integer", nullable: true),
                    ReferentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DateInvitation = table.Column<DateOnly>(type: "date", nullable: true),
                    NombreInvitations = table.Column<int>(type: "integer", nullable: false),
                    DateDiagnostic = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOrientation = table.Column<DateOnly>(type: "date", nullable: true),
                    DatePremierRdvReferent = table.Column<DateOnly>(type: "date", nullable: true),
                    DateContrat = table.Column<DateOnly>(type: "date", nullable: true),
                    DernierContact = table.Column<DateOnly>(type: "date", nullable: true),
                    EcheanceOrientation = table.Column<DateOnly>(type: "date", nullable: false),
                    EcheancePremierRdv = table.Column<DateOnly>(type: "date", nullable: true),
                    EcheanceContrat = table.Column<DateOnly>(type: "date", nullable: true),
                    EcheanceProchaine = table.Column<DateOnly>(type: "date", nullable: true),
                    TypeEcheanceProchaine = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DateCloture = table.Column<DateOnly>(type: "date", nullable: true),
                    MotifCloture = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parcours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parcours_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parcours_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parcours_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parcours_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PreferencesAlertes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    UtilisateurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DigestQuotidien = table.Column<bool>(type: "boolean", nullable: false),
                    DernierDigest = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreferencesAlertes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreferencesAlertes_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionsOrientation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Origine = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: true),
                    Motif = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProposeePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecideeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecideePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MotifDecision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionsOrientation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionsOrientation_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionsOrientation_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionsOrientation_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DesignationsReferent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    ReferentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TypeOrientation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    MotifFin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Derogation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DesignePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesignationsReferent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesignationsReferent_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DesignationsReferent_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DesignationsReferent_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DesignationsReferent_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RendezVous",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DureeMinutes = table.Column<int>(type: "integer", nullable: false),
                    Lieu = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: true),
                    ReferentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreneauId = table.Column<int>(type: "integer", nullable: true),
                    Convocation = table.Column<bool>(type: "boolean", nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatutPar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StatutLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RendezVous", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RendezVous_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RendezVous_Creneaux_CreneauId",
                        column: x => x.CreneauId,
                        principalTable: "Creneaux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RendezVous_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RendezVous_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RendezVous_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ParcoursId = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EnvoyeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpireLe = table.Column<DateOnly>(type: "date", nullable: false),
                    RelanceLe = table.Column<DateOnly>(type: "date", nullable: true),
                    RendezVousId = table.Column<int>(type: "integer", nullable: true),
                    EnvoyeePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Parcours_ParcoursId",
                        column: x => x.ParcoursId,
                        principalTable: "Parcours",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Invitations_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invitations_RendezVous_RendezVousId",
                        column: x => x.RendezVousId,
                        principalTable: "RendezVous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_DepartementId_ReferentId_Debut",
                table: "Creneaux",
                columns: new[] { "DepartementId", "ReferentId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_DepartementId_StructureId_Debut",
                table: "Creneaux",
                columns: new[] { "DepartementId", "StructureId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_ReferentId",
                table: "Creneaux",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_StructureId",
                table: "Creneaux",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsOrientation_DepartementId_Origine_Statut",
                table: "DecisionsOrientation",
                columns: new[] { "DepartementId", "Origine", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsOrientation_ParcoursId",
                table: "DecisionsOrientation",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsOrientation_PersonneId",
                table: "DecisionsOrientation",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsOrientation_StructureId",
                table: "DecisionsOrientation",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_DepartementId_ReferentId_DateFin",
                table: "DesignationsReferent",
                columns: new[] { "DepartementId", "ReferentId", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_DepartementId_StructureId_DateFin",
                table: "DesignationsReferent",
                columns: new[] { "DepartementId", "StructureId", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_DepartementId_StructureId_TypeOrientat~",
                table: "DesignationsReferent",
                columns: new[] { "DepartementId", "StructureId", "TypeOrientation" },
                filter: "\"DateFin\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_ParcoursId",
                table: "DesignationsReferent",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_PersonneId",
                table: "DesignationsReferent",
                column: "PersonneId",
                unique: true,
                filter: "\"DateFin\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_PersonneId_DateDebut",
                table: "DesignationsReferent",
                columns: new[] { "PersonneId", "DateDebut" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_ReferentId",
                table: "DesignationsReferent",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_StructureId",
                table: "DesignationsReferent",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_Diagnostics_PersonneId_Numero",
                table: "Diagnostics",
                columns: new[] { "PersonneId", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Envois_DepartementId_Cle_Canal",
                table: "Envois",
                columns: new[] { "DepartementId", "Cle", "Canal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Envois_PersonneId_CreeLe",
                table: "Envois",
                columns: new[] { "PersonneId", "CreeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_DepartementId_RendezVousId_EnvoyeeLe",
                table: "Invitations",
                columns: new[] { "DepartementId", "RendezVousId", "EnvoyeeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_ParcoursId",
                table: "Invitations",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_PersonneId",
                table: "Invitations",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_RendezVousId",
                table: "Invitations",
                column: "RendezVousId");

            migrationBuilder.CreateIndex(
                name: "IX_JeuxRegles_DepartementId_Code",
                table: "JeuxRegles",
                columns: new[] { "DepartementId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModelesCourrier_DepartementId_Code",
                table: "ModelesCourrier",
                columns: new[] { "DepartementId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OffresAccompagnement_DepartementId_TypeOrientation",
                table: "OffresAccompagnement",
                columns: new[] { "DepartementId", "TypeOrientation" });

            migrationBuilder.CreateIndex(
                name: "IX_OffresAccompagnement_StructureId_TypeOrientation",
                table: "OffresAccompagnement",
                columns: new[] { "StructureId", "TypeOrientation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_EcheanceProchaine",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheanceProchaine" },
                filter: "\"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_Etape_EcheanceProchaine",
                table: "Parcours",
                columns: new[] { "DepartementId", "Etape", "EcheanceProchaine" },
                filter: "\"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_PersonneId",
                table: "Parcours",
                columns: new[] { "DepartementId", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_ReferentId_EcheanceProchaine",
                table: "Parcours",
                columns: new[] { "DepartementId", "ReferentId", "EcheanceProchaine" },
                filter: "\"ReferentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_StructureId_Etape",
                table: "Parcours",
                columns: new[] { "DepartementId", "StructureId", "Etape" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape",
                table: "Parcours",
                columns: new[] { "DepartementId", "TerritoireId", "Etape" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_PersonneId",
                table: "Parcours",
                column: "PersonneId",
                unique: true,
                filter: "\"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_ReferentId",
                table: "Parcours",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardContrat",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheanceContrat" },
                filter: "\"DateContrat\" IS NULL AND \"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardOrientation",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheanceOrientation" },
                filter: "\"DateOrientation\" IS NULL AND \"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_StructureId",
                table: "Parcours",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_TerritoireId",
                table: "Parcours",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_PreferencesAlertes_DigestQuotidien_DepartementId",
                table: "PreferencesAlertes",
                columns: new[] { "DigestQuotidien", "DepartementId" });

            migrationBuilder.CreateIndex(
                name: "IX_PreferencesAlertes_UtilisateurId",
                table: "PreferencesAlertes",
                column: "UtilisateurId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_CreneauId",
                table: "RendezVous",
                column: "CreneauId");

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_DepartementId_ReferentId_Debut",
                table: "RendezVous",
                columns: new[] { "DepartementId", "ReferentId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_DepartementId_Statut_Debut",
                table: "RendezVous",
                columns: new[] { "DepartementId", "Statut", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_ParcoursId",
                table: "RendezVous",
                column: "ParcoursId");

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_PersonneId_Debut",
                table: "RendezVous",
                columns: new[] { "PersonneId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_ReferentId",
                table: "RendezVous",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_StructureId",
                table: "RendezVous",
                column: "StructureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionsOrientation");

            migrationBuilder.DropTable(
                name: "DesignationsReferent");

            migrationBuilder.DropTable(
                name: "Diagnostics");

            migrationBuilder.DropTable(
                name: "Envois");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "JeuxRegles");

            migrationBuilder.DropTable(
                name: "ModelesCourrier");

            migrationBuilder.DropTable(
                name: "OffresAccompagnement");

            migrationBuilder.DropTable(
                name: "PreferencesAlertes");

            migrationBuilder.DropTable(
                name: "RendezVous");

            migrationBuilder.DropTable(
                name: "Creneaux");

            migrationBuilder.DropTable(
                name: "Parcours");
        }
    }
}
