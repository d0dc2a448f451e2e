using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Moves the demo's parcours forward so that every queue, portefeuille and indicator has content.
/// The import opens every parcours at "à inviter"; a département that has used its tools for years
/// has most of its stock oriented and accompanied. Shares of the open parcours, oldest entries
/// furthest along (with a year of jitter, so that some old files still wait: the late cases):
/// 45 % accompanied, 2 % reorientation requested, 10 % oriented without référent, 5 % orientation
/// proposed, 8 % to orient after their interview, 5 % convened, 8 % invited, the rest to invite.
/// Orientation types follow Sarthe's split (primer §8): about 55 % social or socio-professional,
/// 45 % professional, young people mostly professional.
/// Seed data: rows are written directly, each step through <see cref="Parcours.Appliquer"/> and the
/// deadlines through <see cref="Parcours.CalculerEcheances"/>, all in one save per département.
/// "Today" is the clock's day, so appointments to come and reminders stay ahead of the visitor.
/// </summary>
internal static class ParcoursDemo
{
    private static readonly (EtapeParcours Etape, double Part)[] Parts =
    [
        (EtapeParcours.Accompagne, 0.45), (EtapeParcours.ReorientationDemandee, 0.02), (EtapeParcours.SansReferent, 0.10),
        (EtapeParcours.OrientationProposee, 0.05), (EtapeParcours.AOrienter, 0.08), (EtapeParcours.Convoque, 0.05), (EtapeParcours.Invite, 0.08),
    ];

    private const int JitterJours = 365;
    private const int SansReferentDeLaStructureDemo = 4;

    public static async Task AvancerAsync(IServiceProvider services, int departementId, string code, int graine, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departementId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var regles = scope.ServiceProvider.GetRequiredService<ReglesEnVigueur>();
        var heure = scope.ServiceProvider.GetRequiredService<HeureLegale>();
        var aujourdhui = heure.Aujourdhui;
        var hasard = new Random(unchecked(graine * 7919 + 17));

        var parcours = await db.Set<Parcours>().Where(p => p.DateCloture == null && p.Etape == EtapeParcours.AInviter).OrderBy(p => p.Id).ToListAsync(ct);
        if (parcours.Count == 0) return;
        var personnes = await db.Personnes.Where(x => db.Set<Parcours>().Any(p => p.PersonneId == x.Id && p.DateCloture == null))
            .Select(x => new { x.Id, x.RoleCourant, x.DateNaissance, x.DossierCourant!.DateDemande })
            .ToDictionaryAsync(x => x.Id, ct);
        var equipes = await EquipesDemo.ChargerAsync(db, code, Math.Clamp(parcours.Count / 10, 0, 45), ct);
        var historique = new HistoriqueParcoursDemo(db, hasard, equipes, heure);

        // The stock's clock started at the rights opening (primer §3.1), not at the day of the first load.
        foreach (var p in parcours)
            if (personnes[p.PersonneId].DateDemande is var demande && demande < p.DateEntree && p.DateEntree == DossiersDemo.Stock)
                p.DateEntree = demande;

        var ordre = parcours.Select(p => (Parcours: p, Cle: p.DateEntree.DayNumber + hasard.Next(-JitterJours, JitterJours + 1)))
            .OrderBy(x => x.Cle).ThenBy(x => x.Parcours.Id).Select(x => x.Parcours).ToList();
        var sansReferentDemo = 0;
        for (var i = 0; i < ordre.Count; i++)
        {
            var p = ordre[i];
            var personne = personnes[p.PersonneId];
            var jeu = await regles.PourAsync(p.DateEntree, ct);
            p.CodeRegles = jeu.Code;
            var etape = Faisable(Cible((double)i / ordre.Count), aujourdhui.DayNumber - p.DateEntree.DayNumber, personne.RoleCourant is "DEM" or "CJT");
            var type = Type(hasard, Age(personne.DateNaissance, aujourdhui));
            switch (etape)
            {
                case EtapeParcours.Invite: historique.Invite(p, jeu); break;
                case EtapeParcours.Convoque: historique.Convoque(p, jeu); break;
                case EtapeParcours.AOrienter: historique.AOrienter(p, jeu); break;
                case EtapeParcours.OrientationProposee:
                    historique.OrientationProposee(p, jeu, type, hasard.NextDouble() < 0.5 ? equipes.Structure(hasard, type, p.TerritoireId)?.StructureId : null);
                    break;
                case EtapeParcours.SansReferent:
                    // The documented structure head sees a few people waiting for one of their référents.
                    var pourDemo = sansReferentDemo++ < SansReferentDeLaStructureDemo;
                    if (pourDemo) type = TypeOrientation.Sociale;
                    var structure = pourDemo ? equipes.StructureDemo : hasard.NextDouble() < 0.6 ? equipes.Structure(hasard, type, p.TerritoireId)?.StructureId : null;
                    historique.SansReferent(p, jeu, type, structure);
                    break;
                case EtapeParcours.Accompagne or EtapeParcours.ReorientationDemandee:
                    historique.Accompagne(p, jeu, type, etape == EtapeParcours.ReorientationDemandee);
                    break;
            }
            p.CalculerEcheances(jeu);
        }
        await db.SaveChangesAsync(ct);
    }

    private static EtapeParcours Cible(double rang)
    {
        var cumul = 0.0;
        foreach (var (etape, part) in Parts)
            if (rang < (cumul += part)) return etape;
        return EtapeParcours.AInviter;
    }

    /// <summary>A step needs time since the entry: a person who entered last week cannot be accompanied yet.</summary>
    private static EtapeParcours Faisable(EtapeParcours etape, int joursDepuisEntree, bool orientable)
    {
        if (!orientable && etape is not (EtapeParcours.Invite or EtapeParcours.Convoque)) return EtapeParcours.AInviter;
        var minimum = etape switch
        {
            EtapeParcours.ReorientationDemandee => 40,
            EtapeParcours.Accompagne => 15,
            EtapeParcours.SansReferent => 8,
            EtapeParcours.OrientationProposee or EtapeParcours.AOrienter => 4,
            EtapeParcours.Convoque or EtapeParcours.Invite => 1,
            _ => 0,
        };
        if (joursDepuisEntree >= minimum) return etape;
        return joursDepuisEntree >= 4 ? EtapeParcours.AOrienter : joursDepuisEntree >= 1 ? EtapeParcours.Invite : EtapeParcours.AInviter;
    }

    private static TypeOrientation Type(Random hasard, int age)
    {
        if (hasard.NextDouble() >= (age < 26 ? 0.2 : 0.62)) return TypeOrientation.Professionnelle;
        return hasard.NextDouble() < 0.55 ? TypeOrientation.Sociale : TypeOrientation.SocioProfessionnelle;
    }

    private static int Age(DateOnly naissance, DateOnly date) =>
        date.Year - naissance.Year - (date < naissance.AddYears(date.Year - naissance.Year) ? 1 : 0);
}
