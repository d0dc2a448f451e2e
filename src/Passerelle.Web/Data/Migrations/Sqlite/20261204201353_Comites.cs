using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Comites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Comites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Frequence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Comites_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Comites_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FichesComite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FichesComite", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FichesComite_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FichesComite_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MembresComite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresComite", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresComite_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReunionsComite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lieu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrdreDuJour = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompteRendu = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReunionsComite", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReunionsComite_Comites_ComiteId",
                        column: x => x.ComiteId,
                        principalTable: "Comites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionsComite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReunionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Porteur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Echeance = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionsComite", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionsComite_ReunionsComite_ReunionId",
                        column: x => x.ReunionId,
                        principalTable: "ReunionsComite",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PresencesReunion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReunionId = table.Column<int>(type: "INTEGER", nullable: false),
                    MembreComiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Representants = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresencesReunion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresencesReunion_MembresComite_MembreComiteId",
                        column: x => x.MembreComiteId,
                        principalTable: "MembresComite",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PresencesReunion_ReunionsComite_ReunionId",
                        column: x => x.ReunionId,
                        principalTable: "ReunionsComite",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Comites_DepartementId_Nom",
                table: "Comites",
                columns: new[] { "DepartementId", "Nom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comites_ProgrammeId",
                table: "Comites",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Comites_TerritoireId",
                table: "Comites",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsComite_ReunionId",
                table: "DecisionsComite",
                column: "ReunionId");

            migrationBuilder.CreateIndex(
                name: "IX_FichesComite_ComiteId_FicheActionId",
                table: "FichesComite",
                columns: new[] { "ComiteId", "FicheActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FichesComite_FicheActionId",
                table: "FichesComite",
                column: "FicheActionId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresComite_ComiteId_Nom",
                table: "MembresComite",
                columns: new[] { "ComiteId", "Nom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresencesReunion_MembreComiteId",
                table: "PresencesReunion",
                column: "MembreComiteId");

            migrationBuilder.CreateIndex(
                name: "IX_PresencesReunion_ReunionId_MembreComiteId",
                table: "PresencesReunion",
                columns: new[] { "ReunionId", "MembreComiteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReunionsComite_ComiteId_Date",
                table: "ReunionsComite",
                columns: new[] { "ComiteId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ReunionsComite_DepartementId_Date",
                table: "ReunionsComite",
                columns: new[] { "DepartementId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionsComite");

            migrationBuilder.DropTable(
                name: "FichesComite");

            migrationBuilder.DropTable(
                name: "PresencesReunion");

            migrationBuilder.DropTable(
                name: "MembresComite");

            migrationBuilder.DropTable(
                name: "ReunionsComite");

            migrationBuilder.DropTable(
                name: "Comites");
        }
    }
}
