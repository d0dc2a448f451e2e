using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Diagnostic;

/// <summary>A person to diagnose, with an open parcours, that each test creates for itself.</summary>
internal static class DonneesDiagnostic
{
    public static async Task<int> PersonneAsync(Application app, string? territoire = Angers, string departement = "49", EtapeParcours etape = EtapeParcours.AInviter)
    {
        var dossier = await CreerAsync(app, departement, territoire, departement == "49" ? "49007" : "37261", "VILLE",
            new PersonneDeTest(NomUnique(), "DIAG", new DateOnly(1984, 6, 1)));
        var personneId = dossier.Personnes[0];
        await app.DansDepartementAsync(departement, async db =>
        {
            db.Add(new Parcours
            {
                PersonneId = personneId,
                DateEntree = new DateOnly(2026, 10, 31),
                CodeRegles = ReglesNationales.CodeDecret2025,
                Etape = etape,
                EcheanceOrientation = new DateOnly(2026, 12, 12),
            });
            await db.SaveChangesAsync();
        });
        return personneId;
    }

    /// <summary>Makes the login the person's référent unique (open designation in the login's structure).</summary>
    public static async Task DesignerAsync(Application app, int personneId, string login)
    {
        var referentId = await ComptesDeTest.IdDeAsync(app, login);
        await app.DansDepartementAsync("49", async db =>
        {
            var structureId = await db.Set<Habilitation>().Where(h => h.UtilisateurId == referentId && h.StructureId != null).Select(h => h.StructureId!.Value).FirstAsync();
            var parcours = await db.Set<Parcours>().SingleAsync(p => p.PersonneId == personneId && p.DateCloture == null);
            db.Add(new DesignationReferent
            {
                PersonneId = personneId,
                ParcoursId = parcours.Id,
                StructureId = structureId,
                ReferentId = referentId,
                TypeOrientation = TypeOrientation.Sociale,
                DateDebut = new DateOnly(2026, 11, 2),
                DesignePar = "test",
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A filled form: every theme at "Aucun" unless given, plus the extra fields.</summary>
    public static List<KeyValuePair<string, string>> Formulaire(int numeroBase, IReadOnlyDictionary<ThemeFrein, NiveauFrein>? freins = null, params (string Champ, string Valeur)[] autres)
    {
        var champs = new List<KeyValuePair<string, string>> { new("Saisie.NumeroBase", numeroBase.ToString(CultureInfo.InvariantCulture)) };
        foreach (var theme in Enum.GetValues<ThemeFrein>())
            champs.Add(new($"Saisie.Freins[{(int)theme}].Niveau", (freins?.GetValueOrDefault(theme) ?? NiveauFrein.Aucun).ToString()));
        champs.AddRange(autres.Select(a => new KeyValuePair<string, string>(a.Champ, a.Valeur)));
        return champs;
    }

    public static Task<List<Web.Features.Diagnostic.Diagnostic>> VersionsAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<Web.Features.Diagnostic.Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderBy(d => d.Numero).ToListAsync());

    public static Task<int> JournalAsync(Application app, string action, string objet, int objetId) =>
        app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == action && a.Objet == objet && a.ObjetId == objetId.ToString(CultureInfo.InvariantCulture)));

    public static Task<Parcours> ParcoursAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<Parcours>().AsNoTracking().SingleAsync(p => p.PersonneId == personneId && p.DateCloture == null));
}
