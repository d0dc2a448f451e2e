using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UsageQuotidien : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CanalRappel",
                table: "RendezVous",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompteRendu",
                table: "RendezVous",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompteRenduAuteurId",
                table: "RendezVous",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CompteRenduReserve",
                table: "RendezVous",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNom",
                table: "Personnes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNomNaissance",
                table: "Personnes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiquePrenom",
                table: "Personnes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChangementsCoordonnees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    Champ = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ancienne = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Nouvelle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Par = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangementsCoordonnees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangementsCoordonnees_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordonneesPersonnes",
                columns: table => new
                {
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Telephone2 = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ConsentementSms_Donne = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentementSms_Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentementSms_Par = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConsentementSms_Recueil = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ConsentementEmail_Donne = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentementEmail_Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentementEmail_Par = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConsentementEmail_Recueil = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EmailEnErreur = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailEnErreurLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailErreur = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordonneesPersonnes", x => x.PersonneId);
                    table.ForeignKey(
                        name: "FK_CoordonneesPersonnes_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EchecsReservation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdresseIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EchecsReservation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LiensReservation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    InvitationId = table.Column<int>(type: "integer", nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EchecsConsecutifs = table.Column<int>(type: "integer", nullable: false),
                    BloqueJusquA = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiensReservation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiensReservation_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes",
                columns: new[] { "DepartementId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNom" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNomNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes",
                columns: new[] { "DepartementId", "Telephone" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangementsCoordonnees_PersonneId_Le",
                table: "ChangementsCoordonnees",
                columns: new[] { "PersonneId", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_EchecsReservation_AdresseIp_Le",
                table: "EchecsReservation",
                columns: new[] { "AdresseIp", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_LiensReservation_Empreinte",
                table: "LiensReservation",
                column: "Empreinte",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiensReservation_InvitationId",
                table: "LiensReservation",
                column: "InvitationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangementsCoordonnees");

            migrationBuilder.DropTable(
                name: "CoordonneesPersonnes");

            migrationBuilder.DropTable(
                name: "EchecsReservation");

            migrationBuilder.DropTable(
                name: "LiensReservation");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "CanalRappel",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRendu",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduAuteurId",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduReserve",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiquePrenom",
                table: "Personnes");
        }
    }
}
