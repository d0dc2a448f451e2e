using Passerelle.Web.Features.Contrats;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The six tables of the DREES OARSA survey for one year.</summary>
public sealed record ResultatDrees(int Annee, IReadOnlyList<TableauDrees> Tableaux);

/// <summary>
/// The DREES OARSA tables 1 to 6 of year N from <see cref="DonneesDrees"/>, by the DREES rules (docs/indicators.md,
/// « Enquête DREES OARSA »). A person is counted once per column, in their row of every breakdown block.
/// </summary>
public static class CalculDrees
{
    private static readonly string[] SousColonnes = [.. CategoriesDrees.Ailleurs.Select(c => c.Libelle())];

    public static ResultatDrees Calculer(int annee, DonneesDrees d)
    {
        var fin = new DateOnly(annee, 12, 31);
        // Sorted once, so each person's history is a ready list (the loop runs once per SDD person: ~900,000 for France).
        var orientations = d.Orientations.OrderBy(o => o.Date).ThenBy(o => o.Id).GroupBy(o => o.PersonneId).ToDictionary(g => g.Key, IReadOnlyList<OrientationDrees> (g) => g.ToList());
        var contrats = d.Contrats.ToLookup(c => c.PersonneId);
        var t1 = new AccumulateurDrees([new("Soumis aux droits et devoirs"), new("Non orientés"), new("Orientés"), new("Orientés vers France Travail"), new("Orientés ailleurs"), .. SousColonnes.Select(s => new ColonneDrees(s))]);
        var t2 = new AccumulateurDrees([new("Orientés vers France Travail et inscrits (PPAE en cours)"), new("Orientés ailleurs avec un CER en cours"), .. SousColonnes.Select(s => new ColonneDrees(s))]);
        var t3 = new AccumulateurDrees([new("Avec un CER en cours"), new("Moins de 6 mois"), new("6 mois à moins d'un an"), new("Un an ou plus")]);
        var t4 = new AccumulateurDrees([new("Avec un CER en cours"), .. Enum.GetValues<TypeActionDrees>().Select(t => new ColonneDrees(t.Libelle()))]);
        var t5 = new AccumulateurDrees([new("Entrés dans l'année"), new("Primo-orientés"), new("Primo-orientés ailleurs qu'à France Travail"), new("Dont avec un primo-CER en cours"),
            new("Délai moyen de l'entrée à la primo-orientation (jours)", Moyenne: true), new("Délai moyen de la primo-orientation au primo-CER signé (jours)", Moyenne: true)]);
        var t6 = new AccumulateurDrees([new("Réorientés entre SPE et hors SPE"), new("Du SPE vers hors SPE"), new("De hors SPE vers le SPE")]);

        foreach (var p in d.Sdd)
        {
            var foyer = d.Foyers.GetValueOrDefault(p.DossierId);
            var entree = d.Entrees.TryGetValue(p.PersonneId, out var e) ? e : (DateOnly?)null;
            var entreeAllocataire = foyer?.DemandeurId is int dem && d.Entrees.TryGetValue(dem, out var ed) ? ed : entree ?? foyer?.DateDemande;
            var profil = new ProfilDrees(ProfilDrees.TrancheAge(p.DateNaissance, fin), ProfilDrees.TrancheSexe(p.Sexe),
                ProfilDrees.TrancheFamille(foyer?.Couple, foyer?.Enfants ?? false), ProfilDrees.TrancheAnciennete(entreeAllocataire, fin),
                ProfilDrees.TrancheNiveau(d.Niveaux.GetValueOrDefault(p.PersonneId)));
            var historique = orientations.GetValueOrDefault(p.PersonneId) ?? [];
            var actuelle = OrientationAu(historique, fin);

            t1.Compter(profil, 0);
            if (actuelle is null) { t1.Compter(profil, 1); }
            else
            {
                t1.Compter(profil, 2);
                ParCategorie(t1, profil, actuelle.Categorie, 3, 4, 5);
                var cer = CerEnCours(contrats[p.PersonneId], actuelle);
                if (actuelle.Categorie == CategorieDrees.FranceTravail && contrats[p.PersonneId].Any(c => c.Type != TypeContrat.Cer))
                    t2.Compter(profil, 0);
                if (actuelle.Categorie != CategorieDrees.FranceTravail && cer is not null)
                {
                    ParCategorie(t2, profil, actuelle.Categorie, null, 1, 2);
                    t3.Compter(profil, 0);
                    t3.Compter(profil, 1 + TrancheDuree(cer));
                    t4.Compter(profil, 0);
                    foreach (var type in cer.Actions) t4.Compter(profil, 1 + (int)type);
                }
                if (Reorientation(historique, annee) is { } versHorsSpe) { t6.Compter(profil, 0); t6.Compter(profil, versHorsSpe ? 1 : 2); }
            }
            if (entree is { } derniere && derniere.Year == annee)
                Entrant(t5, profil, derniere, historique, actuelle, contrats[p.PersonneId]);
        }
        return new(annee,
        [
            t1.Tableau("1", "Personnes soumises aux droits et devoirs au 31 décembre selon leur orientation", "Soumis aux droits et devoirs au 31 décembre", [0, 1, 2], [2, 3, 4]),
            t2.Tableau("2", "Personnes orientées inscrites à France Travail ou ayant un CER en cours au 31 décembre", "Soumis aux droits et devoirs et orientés au 31 décembre"),
            t3.Tableau("3", "Durée contractualisée des CER en cours au 31 décembre", "Tableau 2, orientés ailleurs qu'à France Travail avec un CER en cours", [0, 1, 2, 3]),
            t4.Tableau("4", "Actions inscrites dans les CER en cours au 31 décembre", "Tableau 2, orientés ailleurs qu'à France Travail avec un CER en cours"),
            t5.Tableau("5", $"Délais d'orientation et de contractualisation des personnes entrées dans le RSA en {annee}", $"Soumis aux droits et devoirs au 31 décembre, entrés au moins une fois en {annee}"),
            t6.Tableau("6", $"Réorientations entre le SPE et hors SPE en {annee}", "Soumis aux droits et devoirs et orientés au 31 décembre", [0, 1, 2]),
        ]);
    }

    /// <summary>
    /// Oriented on 31/12: the latest orientation validated on or before 31/12 belongs to a parcours still open on 31/12 (the
    /// organisme référent unique is still in charge). Its structure's category decides France Travail or elsewhere.
    /// </summary>
    public static OrientationDrees? OrientationAu(IReadOnlyList<OrientationDrees> historique, DateOnly fin)
    {
        for (var i = historique.Count - 1; i >= 0; i--)
        {
            var o = historique[i];
            if (o.Date <= fin) return o.ClotureParcours is null || o.ClotureParcours > fin ? o : null;
        }
        return null;
    }

    /// <summary>Oriented elsewhere counts in the sub-column of its category; a structure without category in none.</summary>
    private static void ParCategorie(AccumulateurDrees t, ProfilDrees profil, CategorieDrees? categorie, int? colonneFt, int colonneAilleurs, int premiereSousColonne)
    {
        if (categorie == CategorieDrees.FranceTravail) { if (colonneFt is int ft) t.Compter(profil, ft); return; }
        t.Compter(profil, colonneAilleurs);
        if (categorie is { } c) t.Compter(profil, premiereSousColonne + (int)c - 1);
    }

    /// <summary>
    /// A CER in force on 31/12 checked against the current orientation: validated, start ≤ 31/12 ≤ end, signed in the
    /// orientation's parcours on or after its validation (a CER of an earlier orientation does not count). The latest one.
    /// </summary>
    public static ContratDrees? CerEnCours(IEnumerable<ContratDrees> contrats, OrientationDrees orientation) =>
        contrats.Where(c => c.Type == TypeContrat.Cer && c.ParcoursId == orientation.ParcoursId && c.Debut >= orientation.Date)
            .OrderBy(c => c.Debut).LastOrDefault();

    /// <summary>Written duration from start to end inclusive, in calendar months and days: 0 under 6 months, 1 under a year, 2 a year or more (exactly one year included).</summary>
    public static int TrancheDuree(ContratDrees cer)
    {
        var lendemain = cer.Fin.AddDays(1);
        return lendemain >= cer.Debut.AddYears(1) ? 2 : lendemain >= cer.Debut.AddMonths(6) ? 1 : 0;
    }

    /// <summary>
    /// The last change of organisme référent unique in year N that crosses the SPE boundary: true SPE → hors SPE, false
    /// hors SPE → SPE, null when none. Changes within SPE or within hors SPE, and orientations without category, are not crossings;
    /// a crossing followed by a non-crossing change in N still counts.
    /// </summary>
    public static bool? Reorientation(IReadOnlyList<OrientationDrees> historique, int annee)
    {
        bool? derniere = null;
        for (var i = 1; i < historique.Count; i++)
        {
            var (avant, apres) = (historique[i - 1], historique[i]);
            if (apres.Date.Year != annee || avant.Categorie is not { } a || apres.Categorie is not { } b || avant.StructureId == apres.StructureId) continue;
            if (a.EstSpe() != b.EstSpe()) derniere = a.EstSpe();
        }
        return derniere;
    }

    /// <summary>
    /// Table 5, persons whose latest entry before 31/12 falls in N (re-entrants included). Primo-oriented: the orientation
    /// on 31/12 is the first validated since that entry. Primo-CER: the CER in force of that orientation, a first contract
    /// (not a renewal) started after the entry. Delay 1 from the entry to the primo-orientation's validation; delay 2 from
    /// that validation to the primo-CER's signature; simple means in days, rounded to the unit.
    /// </summary>
    private static void Entrant(AccumulateurDrees t5, ProfilDrees profil, DateOnly entree, IReadOnlyList<OrientationDrees> historique, OrientationDrees? actuelle, IEnumerable<ContratDrees> contrats)
    {
        t5.Compter(profil, 0);
        if (actuelle is null || historique.FirstOrDefault(o => o.Date >= entree) != actuelle) return;
        t5.Compter(profil, 1);
        t5.Mesurer(profil, 4, actuelle.Date.DayNumber - entree.DayNumber);
        if (actuelle.Categorie == CategorieDrees.FranceTravail) return;
        t5.Compter(profil, 2);
        if (CerEnCours(contrats, actuelle) is not { Rang: RangContrat.Premier } cer || cer.Debut < entree) return;
        t5.Compter(profil, 3);
        if (cer.SigneLe is { } signe) t5.Mesurer(profil, 5, signe.DayNumber - actuelle.Date.DayNumber);
    }
}
