using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReservationEnLigne : Migration
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

            migrationBuilder.DropColumn(
                name: "CanalRappel",
                table: "RendezVous");
        }
    }
}
