using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossiersEtImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClesApi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefixe = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DerniereUtilisation = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Actif = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClesApi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClesApi_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfigurationsTableur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Separateur = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Encodage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LigneEntete = table.Column<int>(type: "integer", nullable: false),
                    FormatsDate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ColonnesJson = table.Column<string>(type: "text", nullable: false),
                    Actif = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationsTableur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfigurationsTableur_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossiersRsa",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NumDemRsa = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    DateDemande = table.Column<DateOnly>(type: "date", nullable: false),
                    Organisme = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NumeroOrganisme = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Matricule = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    SituationFamille = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NumeroVoie = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    TypeVoie = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    NomVoie = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CodeInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CodePostal = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Commune = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TerritoireId = table.Column<int>(type: "integer", nullable: true),
                    EtatDroit = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    MotifCloture = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    DateCloture = table.Column<DateOnly>(type: "date", nullable: true),
                    MotifsSuspension = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NaturesPrestation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MontantTotal = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    DateFlux = table.Column<DateOnly>(type: "date", nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(44)", maxLength: 44, nullable: false),
                    DernierImportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossiersRsa", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossiersRsa_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossiersRsa_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Taille = table.Column<long>(type: "bigint", nullable: false),
                    CheminFichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConfigurationTableurId = table.Column<int>(type: "integer", nullable: true),
                    DateReference = table.Column<DateOnly>(type: "date", nullable: true),
                    RepriseDeStock = table.Column<bool>(type: "boolean", nullable: false),
                    RejeuDeId = table.Column<int>(type: "integer", nullable: true),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ErreurFichier = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Lanceur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DebutLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ElementsTraites = table.Column<int>(type: "integer", nullable: false),
                    OctetsLus = table.Column<long>(type: "bigint", nullable: false),
                    Crees = table.Column<int>(type: "integer", nullable: false),
                    MisAJour = table.Column<int>(type: "integer", nullable: false),
                    Inchanges = table.Column<int>(type: "integer", nullable: false),
                    Ignores = table.Column<int>(type: "integer", nullable: false),
                    Rejetes = table.Column<int>(type: "integer", nullable: false),
                    NouveauxEntrants = table.Column<int>(type: "integer", nullable: false),
                    Sorties = table.Column<int>(type: "integer", nullable: false),
                    Retours = table.Column<int>(type: "integer", nullable: false),
                    BailJusquA = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Instance = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Imports_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Imports_Imports_RejeuDeId",
                        column: x => x.RejeuDeId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Personnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Civilite = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Nom = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NomNaissance = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Prenoms = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DateNaissance = table.Column<DateOnly>(type: "date", nullable: false),
                    CommuneNaissance = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Sexe = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Nir = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    PrefixeNir = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    CleIdentite = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nationalite = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Telephone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    DossierCourantId = table.Column<int>(type: "integer", nullable: true),
                    RoleCourant = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    EtatDroit = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    SoumisDroitsDevoirs = table.Column<bool>(type: "boolean", nullable: false),
                    DateEntree = table.Column<DateOnly>(type: "date", nullable: true),
                    DateSortie = table.Column<DateOnly>(type: "date", nullable: true),
                    DejaEntre = table.Column<bool>(type: "boolean", nullable: false),
                    FusionneeDansId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Personnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Personnes_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Personnes_DossiersRsa_DossierCourantId",
                        column: x => x.DossierCourantId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Personnes_Personnes_FusionneeDansId",
                        column: x => x.FusionneeDansId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossiersImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    Ligne = table.Column<int>(type: "integer", nullable: false),
                    Creation = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossiersImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossiersImports_DossiersRsa_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossiersImports_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RejetsImport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    Ligne = table.Column<int>(type: "integer", nullable: false),
                    NumDemRsa = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Champ = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Valeur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Motif = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RejoueParImportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RejetsImport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RejetsImport_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HistoriqueDroits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    DateEffet = table.Column<DateOnly>(type: "date", nullable: false),
                    EtatDroit = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    SoumisDroitsDevoirs = table.Column<bool>(type: "boolean", nullable: false),
                    Evenement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoriqueDroits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HistoriqueDroits_DossiersRsa_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HistoriqueDroits_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembresFoyer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SoumisDroitsDevoirs = table.Column<bool>(type: "boolean", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresFoyer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresFoyer_DossiersRsa_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembresFoyer_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClesApi_DepartementId",
                table: "ClesApi",
                column: "DepartementId");

            migrationBuilder.CreateIndex(
                name: "IX_ClesApi_Prefixe",
                table: "ClesApi",
                column: "Prefixe",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationsTableur_DepartementId_Nom",
                table: "ConfigurationsTableur",
                columns: new[] { "DepartementId", "Nom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossiersImports_DossierId",
                table: "DossiersImports",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersImports_ImportId",
                table: "DossiersImports",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_CodeInsee",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "CodeInsee" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_Matricule",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "Matricule" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_NumDemRsa",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "NumDemRsa" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_TerritoireId",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_TerritoireId",
                table: "DossiersRsa",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_DepartementId_Evenement_DateEffet",
                table: "HistoriqueDroits",
                columns: new[] { "DepartementId", "Evenement", "DateEffet" });

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_DossierId",
                table: "HistoriqueDroits",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_PersonneId_DateEffet",
                table: "HistoriqueDroits",
                columns: new[] { "PersonneId", "DateEffet" });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_DepartementId_CreeLe",
                table: "Imports",
                columns: new[] { "DepartementId", "CreeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_DepartementId_Empreinte",
                table: "Imports",
                columns: new[] { "DepartementId", "Empreinte" });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_RejeuDeId",
                table: "Imports",
                column: "RejeuDeId");

            migrationBuilder.CreateIndex(
                name: "IX_Imports_Statut",
                table: "Imports",
                column: "Statut");

            migrationBuilder.CreateIndex(
                name: "IX_MembresFoyer_DossierId_PersonneId",
                table: "MembresFoyer",
                columns: new[] { "DossierId", "PersonneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembresFoyer_PersonneId",
                table: "MembresFoyer",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_CleIdentite_DateNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "CleIdentite", "DateNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_DateEntree",
                table: "Personnes",
                columns: new[] { "DepartementId", "DateEntree" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_DateNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "DateNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "PrefixeNir" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DossierCourantId",
                table: "Personnes",
                column: "DossierCourantId");

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_FusionneeDansId",
                table: "Personnes",
                column: "FusionneeDansId");

            migrationBuilder.CreateIndex(
                name: "IX_RejetsImport_DepartementId_NumDemRsa",
                table: "RejetsImport",
                columns: new[] { "DepartementId", "NumDemRsa" });

            migrationBuilder.CreateIndex(
                name: "IX_RejetsImport_ImportId_Ligne",
                table: "RejetsImport",
                columns: new[] { "ImportId", "Ligne" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClesApi");

            migrationBuilder.DropTable(
                name: "ConfigurationsTableur");

            migrationBuilder.DropTable(
                name: "DossiersImports");

            migrationBuilder.DropTable(
                name: "HistoriqueDroits");

            migrationBuilder.DropTable(
                name: "MembresFoyer");

            migrationBuilder.DropTable(
                name: "RejetsImport");

            migrationBuilder.DropTable(
                name: "Personnes");

            migrationBuilder.DropTable(
                name: "Imports");

            migrationBuilder.DropTable(
                name: "DossiersRsa");
        }
    }
}
