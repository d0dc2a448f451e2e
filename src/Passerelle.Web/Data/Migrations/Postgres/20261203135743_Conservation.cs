using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Conservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonnesAnonymisees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: false),
                    AnonymiseeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinAccompagnement = table.Column<DateOnly>(type: "date", nullable: false),
                    DureeMois = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonnesAnonymisees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonnesAnonymisees_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReglesConservation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DureeMois = table.Column<int>(type: "integer", nullable: false),
                    AnonymisationAutomatique = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesConservation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesConservation_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonnesAnonymisees_DepartementId_PersonneId",
                table: "PersonnesAnonymisees",
                columns: new[] { "DepartementId", "PersonneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonnesAnonymisees_PersonneId",
                table: "PersonnesAnonymisees",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReglesConservation_DepartementId",
                table: "ReglesConservation",
                column: "DepartementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonnesAnonymisees");

            migrationBuilder.DropTable(
                name: "ReglesConservation");
        }
    }
}
