using Passerelle.Web.Features.Communes;

namespace Passerelle.Web.Features.Dossiers.Recherche;

/// <summary>
/// The search criteria as typed, bound from the query string by the page (Filtre.Nom…) and by the
/// API (?nom=…). <see cref="ResoudreAsync"/> checks them and gives the criteria to apply.
/// </summary>
public sealed class FiltreDossiers
{
    public string? Nom { get; set; }
    public string? Nir { get; set; }
    public string? Matricule { get; set; }
    public string? NumDemRsa { get; set; }
    /// <summary>INSEE code or name of a commune of the département.</summary>
    public string? Commune { get; set; }
    public int? TerritoireId { get; set; }
    public string? EtatDroit { get; set; }
    /// <summary>Soumis à droits et devoirs: true, false, or null for both.</summary>
    public bool? Sdd { get; set; }
    public DateOnly? EntreeDu { get; set; }
    public DateOnly? EntreeAu { get; set; }
    /// <summary>Count a retour (re-entry after a sortie) as an entry of the period too.</summary>
    public bool? AvecRetours { get; set; }

    /// <summary>The criteria to apply, or the French reason of each refused field (by property name).</summary>
    public async Task<(CriteresDossiers? Criteres, IReadOnlyDictionary<string, string> Erreurs)> ResoudreAsync(
        CommunesDuDepartement communes, IReadOnlyCollection<int> territoiresPermis, ProtectionNir protection, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>();
        string? empreinteNir = null;
        if (!string.IsNullOrWhiteSpace(Nir))
        {
            var nir = Dossiers.Nir.Normaliser(Nir);
            if (nir.Length is not (Dossiers.Nir.Longueur or Dossiers.Nir.LongueurPrefixe))
                erreurs[nameof(Nir)] = $"Saisissez le NIR complet (15 caractères) ou ses 13 premiers caractères ; « {Nir.Trim()} » en compte {nir.Length}.";
            else
                empreinteNir = protection.Empreinte(nir);
        }
        string? codeCommune = null;
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var resolue = await communes.ResoudreAsync(Commune, ct);
            if (resolue.Commune is null) erreurs[nameof(Commune)] = resolue.Erreur!;
            else codeCommune = resolue.Commune.CodeInsee;
        }
        if (TerritoireId is int territoire && !territoiresPermis.Contains(territoire))
            erreurs[nameof(TerritoireId)] = "Ce territoire n'existe pas ou n'est pas dans votre périmètre.";
        if (!string.IsNullOrEmpty(EtatDroit) && !EtatsDroit.Tous.Contains(EtatDroit))
            erreurs[nameof(EtatDroit)] = $"État du droit inconnu : {EtatDroit}. Choisissez-en un dans la liste.";
        if (EntreeDu is DateOnly du && EntreeAu is DateOnly au && du > au)
            erreurs[nameof(EntreeAu)] = "La fin de la période d'entrée doit être postérieure ou égale à son début.";
        if (erreurs.Count > 0) return (null, erreurs);

        var nom = NormalisationNom.Normaliser(Nom);
        return (new CriteresDossiers(
            nom.Length == 0 ? null : nom,
            empreinteNir,
            Vide(Matricule)?.ToUpperInvariant(),
            Vide(NumDemRsa)?.ToUpperInvariant(),
            codeCommune,
            TerritoireId,
            Vide(EtatDroit),
            Sdd,
            EntreeDu,
            EntreeAu,
            AvecRetours == true), erreurs);
    }

    /// <summary>The criteria in words, for the audit journal of exports.</summary>
    public string Decrire()
    {
        var parties = new List<string>();
        void Ajouter(string libelle, object? valeur)
        {
            if (valeur is not null && valeur.ToString() is { Length: > 0 } texte) parties.Add($"{libelle} {texte}");
        }
        Ajouter("nom", Nom);
        Ajouter("NIR", Nir);
        Ajouter("matricule", Matricule);
        Ajouter("NUMDEMRSA", NumDemRsa);
        Ajouter("commune", Commune);
        Ajouter("territoire", TerritoireId);
        Ajouter("état du droit", EtatDroit);
        Ajouter("SDD", Sdd is null ? null : Sdd.Value ? "oui" : "non");
        Ajouter("entrés du", EntreeDu?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Ajouter("au", EntreeAu?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (AvecRetours == true) parties.Add("retours compris");
        return parties.Count == 0 ? "aucun critère" : string.Join(", ", parties);
    }

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
