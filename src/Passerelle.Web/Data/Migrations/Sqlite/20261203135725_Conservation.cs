using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnonymiseeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinAccompagnement = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: false),
                    AnonymisationAutomatique = table.Column<bool>(type: "INTEGER", nullable: false)
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
