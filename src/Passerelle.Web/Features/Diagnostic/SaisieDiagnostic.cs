using Passerelle.Web.Features.Diagnostic.Rome;

namespace Passerelle.Web.Features.Diagnostic;

public sealed class SaisieFrein
{
    public string? Niveau { get; set; }
    public string? Commentaire { get; set; }
}

/// <summary>The diagnosis form. Freins are posted in <see cref="ThemeFrein"/> order, one per theme.</summary>
public sealed class SaisieDiagnostic
{
    public const int MetiersMaximum = 5;
    public const int CommentaireMaximum = 500;
    public const int TexteMaximum = 2000;

    /// <summary>The version the form was filled from (0: none yet); a newer one saved meanwhile makes the save fail.</summary>
    public int NumeroBase { get; set; }
    public List<SaisieFrein> Freins { get; set; } = [];
    public string? Atouts { get; set; }
    public string? NiveauFormation { get; set; }
    public string? ExperienceProfessionnelle { get; set; }
    public int? AnneesExperience { get; set; }
    public List<string?> Metiers { get; set; } = [];
    public bool PermisB { get; set; }
    public bool Vehicule { get; set; }
    public int? RayonMobiliteKm { get; set; }
    public bool DisponibleImmediatement { get; set; }
    public DateOnly? DisponibleLe { get; set; }
    public string? ContraintesGarde { get; set; }
    public string? DetailSante { get; set; }
    public string? DetailJustice { get; set; }

    public static SaisieDiagnostic Depuis(Diagnostic? d, ReferentielRome rome, bool avecDetailsSensibles) => new()
    {
        NumeroBase = d?.Numero ?? 0,
        Freins = Enum.GetValues<ThemeFrein>().Select(t => d?.Freins.FirstOrDefault(f => f.Theme == t) is { } f
            ? new SaisieFrein { Niveau = f.Niveau.ToString(), Commentaire = f.Commentaire }
            : new SaisieFrein { Niveau = nameof(NiveauFrein.Aucun) }).ToList(),
        Atouts = d?.Atouts,
        NiveauFormation = d?.NiveauFormation?.ToString(),
        ExperienceProfessionnelle = d?.ExperienceProfessionnelle,
        AnneesExperience = d?.AnneesExperience,
        Metiers = (d?.MetiersRecherches ?? []).Select(c => rome.Trouver(c)?.Affichage ?? c).ToList<string?>(),
        PermisB = d?.PermisB ?? false,
        Vehicule = d?.Vehicule ?? false,
        RayonMobiliteKm = d?.RayonMobiliteKm,
        DisponibleImmediatement = d?.DisponibleImmediatement ?? false,
        DisponibleLe = d?.DisponibleLe,
        ContraintesGarde = d?.ContraintesGarde,
        DetailSante = avecDetailsSensibles ? d?.DetailSante : null,
        DetailJustice = avecDetailsSensibles ? d?.DetailJustice : null,
    };

    /// <summary>Checks the form; on success fills <paramref name="cible"/> (all but identity, author and sensitive details).</summary>
    /// <returns>Errors by field name (relative to the form), empty when valid.</returns>
    public Dictionary<string, string> Appliquer(Diagnostic cible, ReferentielRome rome)
    {
        var erreurs = new Dictionary<string, string>();
        var themes = Enum.GetValues<ThemeFrein>();
        var freins = new List<Frein>();
        for (var i = 0; i < themes.Length; i++)
        {
            var saisie = i < Freins.Count ? Freins[i] : new SaisieFrein();
            if (!Enum.TryParse<NiveauFrein>(saisie.Niveau, out var niveau) || !Enum.IsDefined(niveau))
                erreurs[$"Freins[{i}].Niveau"] = $"Choisissez le niveau du frein « {themes[i].Libelle()} ».";
            if (saisie.Commentaire?.Length > CommentaireMaximum)
                erreurs[$"Freins[{i}].Commentaire"] = $"Le commentaire ne doit pas dépasser {CommentaireMaximum} caractères.";
            freins.Add(new Frein(themes[i], niveau, themes[i] == ThemeFrein.Sante ? null : Nettoyer(saisie.Commentaire)));
        }
        NiveauFormation? formation = null;
        if (!string.IsNullOrEmpty(NiveauFormation))
        {
            if (Enum.TryParse<NiveauFormation>(NiveauFormation, out var n) && Enum.IsDefined(n)) formation = n;
            else erreurs[nameof(NiveauFormation)] = "Choisissez un niveau de formation de la liste.";
        }
        if (AnneesExperience is < 0 or > 60) erreurs[nameof(AnneesExperience)] = "Indiquez un nombre d'années entre 0 et 60.";
        if (RayonMobiliteKm is < 0 or > 500) erreurs[nameof(RayonMobiliteKm)] = "Indiquez un rayon entre 0 et 500 km.";
        if (DisponibleImmediatement && DisponibleLe is not null)
            erreurs[nameof(DisponibleLe)] = "Indiquez soit une disponibilité immédiate, soit une date, pas les deux.";
        var codes = new List<string>();
        for (var i = 0; i < Metiers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Metiers[i])) continue;
            if (rome.Lire(Metiers[i]) is { } fiche) { if (!codes.Contains(fiche.Code)) codes.Add(fiche.Code); }
            else erreurs[$"Metiers[{i}]"] = $"« {Metiers[i]!.Trim()} » n'est pas une fiche ROME connue : saisissez un code (par exemple K2204) ou choisissez un métier dans la liste.";
        }
        if (codes.Count > MetiersMaximum) erreurs["Metiers"] = $"Indiquez au plus {MetiersMaximum} métiers.";
        foreach (var (champ, valeur) in new[] { (nameof(Atouts), Atouts), (nameof(ExperienceProfessionnelle), ExperienceProfessionnelle),
                     (nameof(ContraintesGarde), ContraintesGarde), (nameof(DetailSante), DetailSante), (nameof(DetailJustice), DetailJustice) })
            if (valeur?.Length > TexteMaximum) erreurs[champ] = $"Ce texte ne doit pas dépasser {TexteMaximum} caractères.";
        if (erreurs.Count > 0) return erreurs;

        cible.Freins = freins;
        cible.Atouts = Nettoyer(Atouts);
        cible.NiveauFormation = formation;
        cible.ExperienceProfessionnelle = Nettoyer(ExperienceProfessionnelle);
        cible.AnneesExperience = AnneesExperience;
        cible.MetiersRecherches = codes;
        (cible.PermisB, cible.Vehicule, cible.RayonMobiliteKm) = (PermisB, Vehicule, RayonMobiliteKm);
        (cible.DisponibleImmediatement, cible.DisponibleLe) = (DisponibleImmediatement, DisponibleLe);
        cible.ContraintesGarde = Nettoyer(ContraintesGarde);
        return erreurs;
    }

    internal static string? Nettoyer(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
}
