using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DernierPasTotp",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DemandesReinitialisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UtilisateurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UtiliseeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesReinitialisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesReinitialisation_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionsUtilisateurs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UtilisateurId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OuverteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevoqueeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionsUtilisateurs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionsUtilisateurs_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandesReinitialisation_Empreinte",
                table: "DemandesReinitialisation",
                column: "Empreinte",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemandesReinitialisation_UtilisateurId",
                table: "DemandesReinitialisation",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionsUtilisateurs_RevoqueeLe",
                table: "SessionsUtilisateurs",
                column: "RevoqueeLe");

            migrationBuilder.CreateIndex(
                name: "IX_SessionsUtilisateurs_UtilisateurId",
                table: "SessionsUtilisateurs",
                column: "UtilisateurId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandesReinitialisation");

            migrationBuilder.DropTable(
                name: "SessionsUtilisateurs");

            migrationBuilder.DropColumn(
                name: "DernierPasTotp",
                table: "AspNetUsers");
        }
    }
}
