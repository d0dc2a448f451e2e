using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The orientation set-up of a demo département: which structures accompany which orientation with
/// how many places, and the département's own rule sets where a seed gives one. Uses its own random
/// sequence so the rest of the demo data stays what it was.
/// </summary>
internal static class OrientationDemo
{
    /// <summary>
    /// Drôme PDIE 2019-2022 (seed 004:L883): "orientation vers un référent dans un délai de 2 mois maximum
    /// après la notification"; the other values are the national 2019 set's. The seed does not name the
    /// orientation types, so the national names stay.
    /// </summary>
    public static JeuRegles DromePdie2019()
    {
        var national = ReglesNationales.Tous.Single(j => j.Code == ReglesNationales.CodeStrategiePauvrete);
        return new JeuRegles
        {
            Code = "DROME-PDIE-2019",
            Libelle = "Programme départemental d'insertion et d'emploi de la Drôme 2019-2022",
            Source = "PDIE 2019-2022, action 7 : orientation dans un délai de 2 mois maximum après la notification",
            ValideDu = new DateOnly(2019, 1, 1),
            ValideAu = new DateOnly(2022, 12, 31),
            DelaiOrientation = new Delai(2, UniteDelai.Mois),
            DelaiPremierRdv = national.DelaiPremierRdv,
            DelaiContrat = national.DelaiContrat,
            RappelAvantRdvJours = national.RappelAvantRdvJours,
            RelanceInvitationJours = national.RelanceInvitationJours,
            ExpirationInvitationJours = national.ExpirationInvitationJours,
            Criteres = national.Criteres,
        };
    }

    private static TypeOrientation[] Accepte(TypeStructure type) => type switch
    {
        TypeStructure.ServiceDepartement => [TypeOrientation.Sociale, TypeOrientation.SocioProfessionnelle],
        TypeStructure.CcasCias => [TypeOrientation.Sociale],
        TypeStructure.AssociationDelegataire => [TypeOrientation.SocioProfessionnelle],
        TypeStructure.AgenceFranceTravail or TypeStructure.MissionLocale or TypeStructure.CapEmploi => [TypeOrientation.Professionnelle],
        _ => [],
    };

    public static async Task ParametrerAsync(AppDbContext db, string codeDepartement, IEnumerable<Structure> structures, int graine, CancellationToken ct)
    {
        var hasard = new Random(graine);
        foreach (var structure in structures)
            foreach (var type in Accepte(structure.Type))
                db.Add(new OffreAccompagnement { StructureId = structure.Id, TypeOrientation = type, Places = 10 * hasard.Next(5, 31) });
        if (codeDepartement == "26") db.Add(DromePdie2019());
        await db.SaveChangesAsync(ct);
    }
}
