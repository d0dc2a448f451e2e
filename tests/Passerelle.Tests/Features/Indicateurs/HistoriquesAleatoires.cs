using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Indicateurs;

/// <summary>
/// Random parcours histories in 2010 (and a few around today) written through the DbContext, then
/// random back-dated changes of every kind the stock depends on: entry, closure, orientation,
/// territoire, designations added, ended, moved or deleted. Odd data is included on purpose
/// (closed before entry, designation before entry or after closure, same-day entry and closure).
/// </summary>
internal sealed class HistoriquesAleatoires(Application app, Random hasard, IReadOnlyList<int?> territoires)
{
    public static readonly DateOnly Debut = new(2010, 1, 1);
    private readonly List<int> parcours = [];
    private Compte? referent;

    private DateOnly Jour(int de, int a) => Debut.AddDays(hasard.Next(de, a));

    private int? Territoire() => territoires[hasard.Next(territoires.Count)];

    public async Task GenererAsync(int personnes, DateOnly aujourdhui)
    {
        referent ??= await CompteAsync(app, "referent@49");
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS",
            [.. Enumerable.Range(0, personnes).Select(_ => new PersonneDeTest(NomUnique("HISTO"), "ALEA", new DateOnly(1980, 1, 1), "AUT"))]);
        await app.DansDepartementAsync("49", async db =>
        {
            foreach (var (personneId, rang) in dossier.Personnes.Select((p, i) => (p, i)))
            {
                var recent = rang % 30 == 0;
                var entree = recent ? aujourdhui.AddDays(-hasard.Next(0, 4)) : Jour(0, 365);
                var premier = Nouveau(personneId, entree, ouvert: !recent && hasard.NextDouble() < 0.2 ? false : null, aujourdhui);
                db.Add(premier);
                if (premier.DateCloture is { } fin && !recent && hasard.NextDouble() < 0.5)
                    db.Add(Nouveau(personneId, fin.AddDays(hasard.Next(0, 60)), ouvert: null, aujourdhui));
                await db.SaveChangesAsync();
                Designer(db, premier, personneId);
            }
            await db.SaveChangesAsync();
            parcours.AddRange(await db.Set<Parcours>().Where(p => dossier.Personnes.Contains(p.PersonneId)).Select(p => p.Id).ToListAsync());
        });
    }

    private Parcours Nouveau(int personneId, DateOnly entree, bool? ouvert, DateOnly aujourdhui)
    {
        var p = new Parcours
        {
            PersonneId = personneId,
            TerritoireId = Territoire(),
            DateEntree = entree,
            CodeRegles = ReglesNationales.CodeDecret2025,
            EcheanceOrientation = entree.AddDays(42),
            DateOrientation = hasard.NextDouble() < 0.6 ? entree.AddDays(hasard.Next(-5, 120)) : null,
            DateCloture = ouvert == false || hasard.NextDouble() < 0.3 ? Min(entree.AddDays(hasard.Next(-3, 200)), aujourdhui) : null,
        };
        return Etape(p);
    }

    /// <summary>The dates are random; the step follows the closure, as the state machine keeps it (the import's synchronisation reopens closed ones).</summary>
    private static Parcours Etape(Parcours p)
    {
        p.Etape = p.DateCloture is null ? EtapeParcours.AInviter : EtapeParcours.Clos;
        return p;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Up to three successive designations, only the last one possibly open (one open per person).</summary>
    private void Designer(AppDbContext db, Parcours p, int personneId)
    {
        var debut = p.DateEntree.AddDays(hasard.Next(-10, 60));
        for (var n = hasard.Next(0, 4); n > 0; n--)
        {
            DateOnly? fin = n > 1 || hasard.NextDouble() < 0.5 ? debut.AddDays(hasard.Next(0, 90)) : null;
            db.Add(Designation(p.Id, personneId, debut, fin));
            if (fin is not { } f) return;
            debut = f.AddDays(hasard.Next(-5, 30));
        }
    }

    private DesignationReferent Designation(int parcoursId, int personneId, DateOnly debut, DateOnly? fin) => new()
    {
        ParcoursId = parcoursId,
        PersonneId = personneId,
        StructureId = referent!.StructureId,
        ReferentId = referent.Id,
        TypeOrientation = TypeOrientation.Sociale,
        DateDebut = debut,
        DateFin = fin,
        DesignePar = "test",
    };

    /// <summary>Changes a third of the parcours, each in one of the ways the stock depends on, all in one save.</summary>
    public Task ModifierAsync() => app.DansDepartementAsync("49", async db =>
    {
        var choisis = parcours.Where(_ => hasard.NextDouble() < 0.33).ToList();
        var lignes = await db.Set<Parcours>().Where(p => choisis.Contains(p.Id)).ToListAsync();
        var designations = (await db.Set<DesignationReferent>().Where(d => choisis.Contains(d.ParcoursId)).ToListAsync()).ToLookup(d => d.ParcoursId);
        var seuls = await db.Set<Parcours>().GroupBy(p => p.PersonneId).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        foreach (var p in lignes)
        {
            var siennes = designations[p.Id].ToList();
            switch (hasard.Next(7))
            {
                case 0: p.DateEntree = p.DateEntree.AddDays(hasard.Next(-30, 31)); break;
                case 1 when p.DateCloture is null: p.DateCloture = p.DateEntree.AddDays(hasard.Next(0, 100)); break;
                case 1 when seuls.Contains(p.PersonneId): p.DateCloture = hasard.NextDouble() < 0.5 ? null : p.DateCloture!.Value.AddDays(hasard.Next(-20, 21)); break;
                case 2: p.DateOrientation = hasard.NextDouble() < 0.3 ? null : p.DateEntree.AddDays(hasard.Next(0, 90)); break;
                case 3: p.TerritoireId = Territoire(); break;
                case 4: db.Add(Designation(p.Id, p.PersonneId, p.DateEntree.AddDays(hasard.Next(0, 60)), p.DateEntree.AddDays(hasard.Next(60, 120)))); break;
                case 5 when siennes.Count > 0: Changer(siennes[hasard.Next(siennes.Count)]); break;
                case 6 when siennes.Count > 0: db.Remove(siennes[hasard.Next(siennes.Count)]); break;
            }
        }
        lignes.ForEach(p => Etape(p));
        await db.SaveChangesAsync();
    });

    private void Changer(DesignationReferent d)
    {
        if (d.DateFin is null) d.DateFin = d.DateDebut.AddDays(hasard.Next(0, 60));
        else d.DateDebut = d.DateDebut.AddDays(hasard.Next(-15, 16));
    }

    /// <summary>Deletes one parcours and its designations: its days can no longer be known from the parcours.</summary>
    public Task SupprimerAsync() => app.DansDepartementAsync("49", async db =>
    {
        var id = parcours[hasard.Next(parcours.Count)];
        parcours.Remove(id);
        db.RemoveRange(await db.Set<DesignationReferent>().Where(d => d.ParcoursId == id).ToListAsync());
        db.Remove(await db.Set<Parcours>().SingleAsync(p => p.Id == id));
        await db.SaveChangesAsync();
    });

    public IReadOnlyList<int> Parcours => parcours;
}
