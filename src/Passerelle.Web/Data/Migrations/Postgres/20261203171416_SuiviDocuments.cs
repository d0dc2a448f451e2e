using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SuiviDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentementsPartage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    DonneLe = table.Column<DateOnly>(type: "date", nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecueilliPar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnregistreLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetirePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                name: "DocumentsPersonne",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeContenu = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Taille = table.Column<long>(type: "bigint", nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Chemin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Chiffre = table.Column<bool>(type: "boolean", nullable: false),
                    DeposeParId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DeposePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    ChoisiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChoisieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Confidentialite = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuteurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EcritLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "MembresEquipeSuivi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    UtilisateurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    Fonction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: false),
                    DemandePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DemandeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecideLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetirePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    ObjectifParentId = table.Column<int>(type: "integer", nullable: true),
                    Libelle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Echeance = table.Column<DateOnly>(type: "date", nullable: true),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatutLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatutPar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentementsPartage");

            migrationBuilder.DropTable(
                name: "DocumentsPersonne");

            migrationBuilder.DropTable(
                name: "DominantesAccompagnement");

            migrationBuilder.DropTable(
                name: "DominantesDepartement");

            migrationBuilder.DropTable(
                name: "EcritsJournal");

            migrationBuilder.DropTable(
                name: "MembresEquipeSuivi");

            migrationBuilder.DropTable(
                name: "ObjectifsSuivi");
        }
    }
}
