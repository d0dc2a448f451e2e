namespace Passerelle.Web.Features.Dossiers.Recherche;

/// <summary>Checked and normalised search criteria (see <see cref="FiltreDossiers.ResoudreAsync"/>).</summary>
public sealed record CriteresDossiers(
    string? CleNom, string? EmpreinteNir, string? Matricule, string? NumDemRsa, string? CodeInsee, int? TerritoireId,
    string? EtatDroit, bool? Sdd, DateOnly? EntreeDu, DateOnly? EntreeAu, bool AvecRetours)
{
    public IQueryable<Personne> Appliquer(IQueryable<Personne> personnes, IQueryable<HistoriqueDroit> historique)
    {
        if (CleNom is not null)
        {
            // CleIdentite is "NOM PRENOM": the text starts the surname or one of the first names.
            var milieu = " " + CleNom;
            personnes = personnes.Where(p => p.CleIdentite.StartsWith(CleNom) || p.CleIdentite.Contains(milieu));
        }
        if (EmpreinteNir is not null) personnes = personnes.Where(p => p.EmpreinteNir == EmpreinteNir);
        if (Matricule is not null) personnes = personnes.Where(p => p.DossierCourant!.Matricule == Matricule);
        if (NumDemRsa is not null) personnes = personnes.Where(p => p.DossierCourant!.NumDemRsa == NumDemRsa);
        if (CodeInsee is not null) personnes = personnes.Where(p => p.DossierCourant!.CodeInsee == CodeInsee);
        if (TerritoireId is not null) personnes = personnes.Where(p => p.DossierCourant!.TerritoireId == TerritoireId);
        if (EtatDroit is not null) personnes = personnes.Where(p => p.EtatDroit == EtatDroit);
        if (Sdd is bool sdd) personnes = personnes.Where(p => p.SoumisDroitsDevoirs == sdd);
        if (EntreeDu is not null || EntreeAu is not null)
        {
            var du = EntreeDu ?? DateOnly.MinValue;
            var au = EntreeAu ?? DateOnly.MaxValue;
            var avecRetours = AvecRetours;
            personnes = personnes.Where(p => historique.Any(h => h.PersonneId == p.Id
                && (h.Evenement == EvenementDroit.NouvelEntrant || (avecRetours && h.Evenement == EvenementDroit.Retour))
                && h.DateEffet >= du && h.DateEffet <= au));
        }
        return personnes;
    }
}
