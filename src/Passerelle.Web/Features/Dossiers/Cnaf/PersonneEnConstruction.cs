using Passerelle.Web.Features.Dossiers.Avertissements;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>One Personne block of a foyer being read; <see cref="Rang"/> is its place among the blocks read.</summary>
internal sealed class PersonneEnConstruction(int rang, int ligneFoyer)
{
    public int Rang => rang;
    public Dictionary<string, ValeurLue> Champs { get; } = new(16, StringComparer.Ordinal);
    public ValeurLue? RoleRsa { get; set; }
    /// <summary>The role in another prestation (PFA): a child who counts for family benefits only has no RSA role.</summary>
    public ValeurLue? RoleAutre { get; set; }

    /// <returns>Null when the person cannot be recognised (no readable birth date): a warning says so.</returns>
    public PersonneCnaf? Construire(List<AvertissementLu> avertissements)
    {
        var (nom, prenom) = (V("NOM"), V("PRENOM"));
        var naissance = ConversionCnaf.DateOuAvertissement(Champs, "DTNAI", avertissements,
            $"la personne {prenom} {nom} n'est pas importée, la date de naissance servant à la reconnaître", rang, Ligne, NatureAvertissement.PersonneIgnoree);
        if (naissance is null) return null;
        var nir = Nir.Lire(Champs.TryGetValue("NIR", out var brut) ? brut.Valeur : null);
        if (nir.Anomalie is { } anomalie)
            avertissements.Add(new AvertissementLu(nir.CleFausse ? NatureAvertissement.CleNirFausse : NatureAvertissement.NirInvalide, brut.Ligne, "NIR", brut.Valeur,
                nir.CleFausse ? anomalie : anomalie + " Le NIR n'est pas gardé : la personne est reconnue par ses nom, prénom et date de naissance.", rang));
        var (sdd, transmis) = Sdd(avertissements);
        return new PersonneCnaf((RoleRsa ?? RoleAutre)?.Valeur ?? "", Champs.TryGetValue("QUAL", out var qualite) ? qualite.Valeur : null, nom,
            V("NOMNAI"), prenom, naissance.Value, V("NOMCOMNAI"), nir.Complet, V("SEXE"), sdd, SddTransmis: transmis);
    }

    private int Ligne => Champs.Count > 0 ? Champs.Values.Min(v => v.Ligne) : ligneFoyer;

    private (bool Sdd, bool Transmis) Sdd(List<AvertissementLu> avertissements)
    {
        if (!Champs.TryGetValue("TOPPERSDRODEVORSA", out var top)) return (false, false);
        switch (top.Valeur.ToUpperInvariant())
        {
            case "1" or "TRUE": return (true, true);
            case "0" or "FALSE": return (false, true);
        }
        avertissements.Add(new AvertissementLu(NatureAvertissement.ValeurIllisible, top.Ligne, "TOPPERSDRODEVORSA", top.Valeur,
            $"Indicateur « soumis à droits et devoirs » illisible (« {top.Valeur} ») : il est traité comme non transmis.", rang));
        return (false, false);
    }

    private string V(string cle) => Champs.TryGetValue(cle, out var v) ? v.Valeur : "";
}
