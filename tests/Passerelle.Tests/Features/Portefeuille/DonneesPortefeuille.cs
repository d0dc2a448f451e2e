using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Portefeuille;

internal sealed record Compte(string Login, string Id, int StructureId);

/// <summary>Persons with a parcours, référent designations and appointments a test owns, written directly in the database.</summary>
internal static class DonneesPortefeuille
{
    public static Task<Compte> CompteAsync(Application app, string login, string departement = "49") =>
        app.DansDepartementAsync(departement, async db =>
        {
            var email = Navigateur.Email(login);
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var structure = await db.Habilitations.Where(h => h.UtilisateurId == id && h.StructureId != null).Select(h => h.StructureId!.Value).FirstAsync();
            return new Compte(login, id, structure);
        });

    /// <summary>A new référent of the structure, signing in with the demo password, so a test owns the whole caseload.</summary>
    public static Task<Compte> NouveauReferentAsync(Application app, int structureId) =>
        app.DansDepartementAsync("49", async db =>
        {
            var modele = await db.Users.SingleAsync(u => u.Email == Navigateur.Email("referent@49"));
            var email = $"ref-{Guid.NewGuid():N}@49.passerelle.test";
            var user = new Utilisateur
            {
                Id = Guid.NewGuid().ToString(),
                Prenom = "Test",
                Nom = NomUnique("REF"),
                DepartementId = modele.DepartementId,
                Email = email,
                UserName = email,
                NormalizedEmail = email.ToUpperInvariant(),
                NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = modele.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = Role.Referent, StructureId = structureId });
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return new Compte(email, user.Id, structureId);
        });

    /// <summary>A person in a dossier of Angers with an open parcours set up by <paramref name="regler"/>.</summary>
    public static async Task<(int PersonneId, int ParcoursId, string Nom)> PersonneAsync(Application app, Action<Parcours> regler, string? territoire = Angers, string? nom = null)
    {
        nom ??= NomUnique("SUIVI");
        var dossier = await CreerAsync(app, territoire, "49007", "ANGERS", new PersonneDeTest(nom, "PERSONNE", new DateOnly(1980, 1, 1)));
        var personneId = dossier.Personnes[0];
        var parcoursId = await app.DansDepartementAsync("49", async db =>
        {
            var parcours = new Parcours
            {
                PersonneId = personneId,
                TerritoireId = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.TerritoireId).SingleAsync(),
                CodeInsee = "49007",
                DateEntree = new DateOnly(2025, 1, 10),
                CodeRegles = ReglesNationales.CodeDecret2025,
                Etape = EtapeParcours.AInviter,
                EcheanceOrientation = new DateOnly(2025, 2, 21),
            };
            regler(parcours);
            db.Add(parcours);
            await db.SaveChangesAsync();
            return parcours.Id;
        });
        return (personneId, parcoursId, nom);
    }

    /// <summary>A person followed by the référent since <paramref name="debut"/>, with the given next deadline.</summary>
    public static async Task<(int PersonneId, int ParcoursId, string Nom)> SuivieAsync(Application app, Compte referent, DateOnly? echeance,
        DateOnly? debut = null, TypeOrientation type = TypeOrientation.Sociale, string? nom = null)
    {
        var suivie = await PersonneAsync(app, p =>
        {
            p.Etape = EtapeParcours.Accompagne;
            (p.TypeOrientation, p.StructureId, p.ReferentId, p.DateOrientation) = (type, referent.StructureId, referent.Id, new DateOnly(2025, 2, 1));
            (p.EcheanceProchaine, p.TypeEcheanceProchaine) = (echeance, echeance is null ? null : TypeEcheance.Contrat);
        }, nom: nom);
        await DesignerAsync(app, suivie.ParcoursId, suivie.PersonneId, referent, type, debut ?? new DateOnly(2025, 2, 3));
        return suivie;
    }

    public static Task<int> DesignerAsync(Application app, int parcoursId, int personneId, Compte referent, TypeOrientation type, DateOnly debut, DateOnly? fin = null) =>
        app.DansDepartementAsync("49", async db =>
        {
            var designation = new DesignationReferent
            {
                PersonneId = personneId,
                ParcoursId = parcoursId,
                StructureId = referent.StructureId,
                ReferentId = referent.Id,
                TypeOrientation = type,
                DateDebut = debut,
                DateFin = fin,
                DesignePar = "test",
            };
            db.Add(designation);
            await db.SaveChangesAsync();
            return designation.Id;
        });

    public static Task RendezVousAsync(Application app, int personneId, DateTime debut, StatutRendezVous statut, bool convocation = false, string departement = "49") =>
        app.DansDepartementAsync(departement, async db =>
        {
            db.Add(new RendezVous
            {
                PersonneId = personneId,
                Type = TypeRendezVous.Suivi,
                Debut = debut,
                Lieu = "CCAS",
                Statut = statut,
                Convocation = convocation,
                CreePar = "test",
                CreeLe = debut.AddDays(-10),
            });
            await db.SaveChangesAsync();
        });
}
