using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Orientation.Administration;

/// <summary>The form of a département's rule set; <see cref="Verifier"/> gives every problem at once, in French.</summary>
public sealed partial class SaisieJeuRegles
{
    public string? Code { get; set; }
    public string? Libelle { get; set; }
    public string? Source { get; set; }
    public DateOnly? ValideDu { get; set; }
    public DateOnly? ValideAu { get; set; }
    public string? DelaiOrientation { get; set; }
    public string? DelaiPremierRdv { get; set; }
    public string? DelaiContrat { get; set; }
    public int? RappelAvantRdvJours { get; set; } = 2;
    public int? RelanceInvitationJours { get; set; } = 3;
    public int? ExpirationInvitationJours { get; set; } = 30;
    public string? LibelleProfessionnelle { get; set; }
    public string? LibelleSocioProfessionnelle { get; set; }
    public string? LibelleSociale { get; set; }
    public string? Criteres { get; set; }

    public static SaisieJeuRegles Depuis(JeuRegles j) => new()
    {
        Code = j.Code,
        Libelle = j.Libelle,
        Source = j.Source,
        ValideDu = j.ValideDu,
        ValideAu = j.ValideAu,
        DelaiOrientation = j.DelaiOrientation.ToString(),
        DelaiPremierRdv = j.DelaiPremierRdv.ToString(),
        DelaiContrat = j.DelaiContrat.ToString(),
        RappelAvantRdvJours = j.RappelAvantRdvJours,
        RelanceInvitationJours = j.RelanceInvitationJours,
        ExpirationInvitationJours = j.ExpirationInvitationJours,
        LibelleProfessionnelle = j.LibelleProfessionnelle,
        LibelleSocioProfessionnelle = j.LibelleSocioProfessionnelle,
        LibelleSociale = j.LibelleSociale,
        Criteres = j.Criteres,
    };

    /// <param name="cible">The set to fill when valid (its code is set only when <paramref name="creation"/>: codes are what parcours refer to).</param>
    /// <param name="autres">The département's other sets, for the code and the validity periods.</param>
    /// <returns>Errors by field (a field may have several, e.g. one per bad criteria line); empty when the set was filled.</returns>
    public Dictionary<string, List<string>> Verifier(JeuRegles cible, bool creation, IReadOnlyList<JeuRegles> autres)
    {
        var erreurs = new Dictionary<string, List<string>>();
        void Erreur(string champ, string message) => (erreurs.TryGetValue(champ, out var l) ? l : erreurs[champ] = []).Add(message);

        var code = Code?.Trim().ToUpperInvariant() ?? "";
        if (creation)
        {
            if (!FormatCode().IsMatch(code)) Erreur(nameof(Code), "Saisissez un code de 2 à 40 caractères : lettres, chiffres et tirets (par exemple DROME-PDIE-2019).");
            else if (autres.Any(a => a.Code == code) || ReglesNationales.Tous.Any(n => n.Code == code))
                Erreur(nameof(Code), $"Le code « {code} » est déjà utilisé par un autre jeu de règles.");
        }
        if (string.IsNullOrWhiteSpace(Libelle)) Erreur(nameof(Libelle), "Saisissez le libellé du jeu de règles.");
        else if (Libelle.Trim().Length > 200) Erreur(nameof(Libelle), "Le libellé ne doit pas dépasser 200 caractères.");
        if (Source?.Trim().Length > 300) Erreur(nameof(Source), "La source ne doit pas dépasser 300 caractères.");
        if (ValideDu is null) Erreur(nameof(ValideDu), "Saisissez la date de début de validité.");
        if (ValideDu is { } du && ValideAu is { } au && au < du) Erreur(nameof(ValideAu), "La fin de validité doit suivre son début.");
        var delais = new Dictionary<string, Delai>();
        foreach (var (champ, texte, quoi) in new[] { (nameof(DelaiOrientation), DelaiOrientation, "d'orientation"),
                     (nameof(DelaiPremierRdv), DelaiPremierRdv, "de premier rendez-vous"), (nameof(DelaiContrat), DelaiContrat, "de contrat") })
            if (Delai.TryParse(texte, out var d)) delais[champ] = d;
            else Erreur(champ, $"Délai {quoi} illisible : « {texte?.Trim()} ». Écrivez un nombre et une unité, par exemple « 6 semaines », « 1 mois » ou « 15 jours ».");
        foreach (var (champ, valeur) in new[] { (nameof(RappelAvantRdvJours), RappelAvantRdvJours), (nameof(RelanceInvitationJours), RelanceInvitationJours), (nameof(ExpirationInvitationJours), ExpirationInvitationJours) })
            if (valeur is null or < 0 or > 365) Erreur(champ, "Saisissez un nombre de jours entre 0 et 365.");
        foreach (var (champ, valeur) in new[] { (nameof(LibelleProfessionnelle), LibelleProfessionnelle), (nameof(LibelleSocioProfessionnelle), LibelleSocioProfessionnelle), (nameof(LibelleSociale), LibelleSociale) })
            if (valeur?.Trim().Length > 80) Erreur(champ, "Le nom ne doit pas dépasser 80 caractères.");
        var criteres = (Criteres ?? "").Replace("\r", "", StringComparison.Ordinal).Trim();
        if (criteres.Length > 2000) Erreur(nameof(Criteres), "Les critères ne doivent pas dépasser 2 000 caractères.");
        foreach (var e in CriteresPreOrientation.Lire(criteres).Erreurs) Erreur(nameof(Criteres), e);
        if (ValideDu is { } debut && autres.FirstOrDefault(a => SeChevauchent(debut, ValideAu, a.ValideDu, a.ValideAu)) is { } chevauche)
            Erreur(nameof(ValideDu), $"Cette période chevauche celle du jeu « {chevauche.Code} » ({Periode(chevauche.ValideDu, chevauche.ValideAu)}) : un seul jeu du département peut être en vigueur à une date.");
        if (erreurs.Count > 0) return erreurs;

        if (creation) cible.Code = code;
        cible.Libelle = Libelle!.Trim();
        cible.Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim();
        (cible.ValideDu, cible.ValideAu) = (ValideDu!.Value, ValideAu);
        (cible.DelaiOrientation, cible.DelaiPremierRdv, cible.DelaiContrat) = (delais[nameof(DelaiOrientation)], delais[nameof(DelaiPremierRdv)], delais[nameof(DelaiContrat)]);
        (cible.RappelAvantRdvJours, cible.RelanceInvitationJours, cible.ExpirationInvitationJours) = (RappelAvantRdvJours!.Value, RelanceInvitationJours!.Value, ExpirationInvitationJours!.Value);
        cible.LibelleProfessionnelle = Nom(LibelleProfessionnelle);
        cible.LibelleSocioProfessionnelle = Nom(LibelleSocioProfessionnelle);
        cible.LibelleSociale = Nom(LibelleSociale);
        cible.Criteres = criteres;
        return erreurs;
    }

    public static string Periode(DateOnly du, DateOnly? au) =>
        au is { } fin ? $"du {du:dd/MM/yyyy} au {fin:dd/MM/yyyy}" : $"depuis le {du:dd/MM/yyyy}";

    /// <summary>Closed periods, an open end running forever.</summary>
    private static bool SeChevauchent(DateOnly du1, DateOnly? au1, DateOnly du2, DateOnly? au2) =>
        du1 <= (au2 ?? DateOnly.MaxValue) && du2 <= (au1 ?? DateOnly.MaxValue);

    private static string? Nom(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex FormatCode();
}
