using Passerelle.Web.Features.Dossiers.Avertissements;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>A field value as read, with the line it was on (warnings name it).</summary>
internal readonly record struct ValeurLue(string Valeur, int Ligne);

/// <summary>
/// Collects the fields of one InfosFoyerRSA as text while it streams by, then converts them with the
/// fallbacks of docs/imports-cnaf.md: an unreadable value becomes a warning, never a reject, unless the
/// dossier cannot be identified (no NUMDEMRSA). Codes are upper-cased; values arrive trimmed.
/// </summary>
internal sealed class FoyerEnConstruction(int ligne, DateOnly dateReference)
{
    /// <summary>Beyond this, a foyer's warnings say how many more there were instead of listing them.</summary>
    public const int AvertissementsMaximum = 20;

    private static readonly HashSet<string> Codes = new(
        ["FONORG", "ROLEPERS", "NATPREST", "ETATDOSRSA", "SEXE", "QUAL", "SITFAM", "MOTICLORSA", "MOTISUSDRORSA", "MOTISUSVERSRSA", "NATPF", "IDEPARTE"],
        StringComparer.Ordinal);

    /// <summary>Fields the conversion checks itself with a precise fallback: their schema errors would only repeat it.</summary>
    private static readonly HashSet<string> Convertis = new(
        ["NUMDEMRSA", "DTDEMRSA", "DTNAI", "DTCLORSA", "MTTOTDRORSA", "TOPPERSDRODEVORSA", "NIR"], StringComparer.Ordinal);

    // Sized for what a foyer, an address, a person carry: growing them would allocate at every foyer.
    private readonly Dictionary<string, ValeurLue> champs = new(32, StringComparer.Ordinal);
    private readonly List<PersonneEnConstruction> personnes = [];
    private readonly List<(int Rang, Dictionary<string, ValeurLue> Champs)> adresses = [];
    private readonly List<string> suspensions = [];
    private readonly List<string> natures = [];
    private readonly List<AvertissementLu> avertissements = [];
    private string? prestation;

    public int NombrePersonnes => personnes.Count;

    public void Ouvrir(string nom)
    {
        switch (nom)
        {
            case "Personne": personnes.Add(new PersonneEnConstruction(personnes.Count, ligne)); break;
            case "Adresse": adresses.Add((int.MaxValue, new Dictionary<string, ValeurLue>(12, StringComparer.Ordinal))); break;
            case "Prestations": prestation = null; break;
        }
    }

    public void Affecter(string parent, string nom, string texte, int ligneValeur)
    {
        if (texte.Length == 0) return;
        var valeur = new ValeurLue(Codes.Contains(nom) ? texte.ToUpperInvariant() : texte, ligneValeur);
        var personne = personnes.Count > 0 ? personnes[^1] : null;
        switch (parent, nom)
        {
            case ("Identification", _) when personne is not null:
            case ("MontantCalculDroitRSAPersonne", "TOPPERSDRODEVORSA") when personne is not null:
                personne.Champs[nom] = valeur;
                break;
            case ("Prestations", "NATPREST"):
                prestation = valeur.Valeur;
                if (prestation is not ("RSA" or "PFA"))
                    avertissements.Add(new AvertissementLu(NatureAvertissement.CodeInconnu, ligneValeur, nom, prestation,
                        $"Nature de prestation « {prestation} » inconnue (RSA ou PFA attendue) : le rôle de ce bloc n'est pas lu.", personne?.Rang));
                break;
            case ("Prestations", "ROLEPERS") when personne is not null:
                if (prestation == "RSA") personne.RoleRsa = valeur;
                else if (prestation == "PFA") personne.RoleAutre ??= valeur;
                break;
            case ("SuspensionDroit", "MOTISUSDRORSA"):
            case ("SuspensionVersement", "MOTISUSVERSRSA"):
                suspensions.Add(valeur.Valeur);
                break;
            case ("DetailCalculDroitRSA", "NATPF"):
                natures.Add(valeur.Valeur);
                break;
            case ("TroncCommunAdresse", "RGADR") when adresses.Count > 0:
                adresses[^1] = (int.TryParse(valeur.Valeur, out var rang) ? rang : int.MaxValue, adresses[^1].Champs);
                break;
            case ("AdresseDetailleeFrance", _) when adresses.Count > 0:
                adresses[^1].Champs[nom] = valeur;
                break;
            case ("Organisme" or "Partenaire" or "DemandeRSA" or "SituationFamille" or "EtatDossierRSA" or "MontantsCalculDroitRSA", _):
                champs[nom] = valeur;
                break;
            case ("FinDroit" or "FinDroitMoisAnterieur", _):
                champs.TryAdd(nom, valeur);
                break;
        }
    }

    public ElementFluxCnaf Construire(IReadOnlyList<ErreurSchema> erreursSchema)
    {
        var numero = V("NUMDEMRSA");
        if (numero.Length == 0)
            return new RejetFoyerCnaf(null, ligne, "NUMDEMRSA", null, "Dossier sans NUMDEMRSA : il ne peut être rattaché à aucun dossier ; rejeté.");
        if (numero.Length > 11)
            return new RejetFoyerCnaf(numero, champs["NUMDEMRSA"].Ligne, "NUMDEMRSA", numero, $"NUMDEMRSA de {numero.Length} caractères (11 au plus) : le dossier ne peut pas être identifié ; rejeté.");
        var lues = new List<PersonneCnaf?>(personnes.Count);
        foreach (var p in personnes) lues.Add(p.Construire(avertissements));
        var gardees = lues.Contains(null) ? lues.OfType<PersonneCnaf>().ToList() : lues!;
        var foyer = new FoyerCnaf(
            new OrganismeCnaf(V("FONORG"), V("NUMORG"), V("MATRICULE")),
            numero, DateDemande(), V("SITFAM"), Adresse(), gardees,
            new DroitCnaf(V("ETATDOSRSA"), champs.TryGetValue("MOTICLORSA", out var motif) ? motif.Valeur : null,
                ConversionCnaf.DateOuAvertissement(champs, "DTCLORSA", avertissements, "la date de clôture est laissée vide"),
                suspensions, natures, Montant()))
        { Departement = champs.TryGetValue("IDEPARTE", out var departement) ? departement.Valeur : null };
        foreach (var e in erreursSchema)
            if (e.Champ is null || !Convertis.Contains(e.Champ))
                avertissements.Add(new AvertissementLu(NatureAvertissement.SchemaNonRespecte, e.Ligne, e.Champ, e.Valeur,
                    e.Motif + " Le reste du dossier est appliqué.", e.Personne));
        if (avertissements.Count == 0) return new FoyerLu(ligne, foyer);
        var rangs = RangsGardes(lues);
        return new FoyerLu(ligne, foyer) { Avertissements = Limiter(avertissements.Select(a => a.Personne is { } p ? a with { Personne = rangs[p] } : a).ToList()) };
    }

    private DateOnly DateDemande() =>
        ConversionCnaf.DateOuAvertissement(champs, "DTDEMRSA", avertissements,
            $"la date de référence du flux ({ConversionCnaf.DateFr(dateReference)}) est retenue comme date de demande", ligneSiAbsente: ligne) ?? dateReference;

    private decimal? Montant()
    {
        if (!champs.TryGetValue("MTTOTDRORSA", out var montant)) return null;
        if (decimal.TryParse(montant.Valeur, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var m)) return m;
        avertissements.Add(new AvertissementLu(NatureAvertissement.ValeurIllisible, montant.Ligne, "MTTOTDRORSA", montant.Valeur,
            $"Montant du droit « {montant.Valeur} » illisible : il est laissé vide."));
        return null;
    }

    /// <summary>RGADR 01 is the current address (WebRSA reads the same); a foreign address gives none.</summary>
    private AdresseCnaf? Adresse()
    {
        var a = adresses.Where(a => a.Champs.ContainsKey("NUMCOM")).OrderBy(a => a.Rang).Select(a => a.Champs).FirstOrDefault();
        if (a is null) return null;
        string A(string cle) => a.TryGetValue(cle, out var v) ? v.Valeur : "";
        return new AdresseCnaf(A("NUMVOIE"), A("LIBTYPEVOIE"), A("NOMVOIE"), A("NUMCOM").ToUpperInvariant(), A("CODEPOS"), A("NOMCOM"));
    }

    /// <summary>Where each person read ends up in the foyer's list once unreadable ones are dropped (null: dropped).</summary>
    private static int?[] RangsGardes(List<PersonneCnaf?> lues)
    {
        var rangs = new int?[lues.Count];
        var suivant = 0;
        for (var i = 0; i < lues.Count; i++) rangs[i] = lues[i] is null ? null : suivant++;
        return rangs;
    }

    private static List<AvertissementLu> Limiter(List<AvertissementLu> liste) => liste.Count <= AvertissementsMaximum ? liste
        : [.. liste.Take(AvertissementsMaximum - 1), new AvertissementLu(NatureAvertissement.SchemaNonRespecte, liste[AvertissementsMaximum - 1].Ligne, null, null,
            $"{liste.Count - AvertissementsMaximum + 1} autres anomalies dans ce dossier, non détaillées : vérifiez le bloc dans le fichier.")];

    private string V(string cle) => champs.TryGetValue(cle, out var v) ? v.Valeur : "";
}
