namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// The national rule sets, in code because they are law, not configuration. Assumptions where the
/// texts are silent (also in docs/glossary.md):
/// <list type="bullet">
/// <item>2019 (stratégie pauvreté 2019-2022): orientation within 1 month, first appointment with the
/// référent within 15 days of the orientation (primer §3.4); contract within 2 months of the
/// orientation, the usual CASF practice before the 2025 reform (assumed). It also applies to entries
/// before 2019: the oldest set is used when none was in force.</item>
/// <item>2025 (décret 2024-1244, loi plein emploi): orientation within 6 weeks, contract within 4 weeks
/// of the orientation; the first appointment with the référent is due within the same 4 weeks since
/// the contract is signed at or after it (assumed).</item>
/// <item>Reminders J-2 before an appointment, J+3 after an unanswered invitation, invitations expire
/// after 30 days (usual practice, primer §3.2; assumed for the expiry).</item>
/// </list>
/// </summary>
public static class ReglesNationales
{
    public const string CodeStrategiePauvrete = "NATIONAL-2019";
    public const string CodeDecret2025 = "NATIONAL-2025";

    private const string CriteresParDefaut = "age<26 => professionnelle\nparent-isole-enfant<3 => sociale\ndefaut => socio-professionnelle";

    public static IReadOnlyList<JeuRegles> Tous { get; } =
    [
        new JeuRegles
        {
            Code = CodeStrategiePauvrete,
            Libelle = "Stratégie nationale de prévention et de lutte contre la pauvreté",
            Source = "Stratégie pauvreté 2019-2022 : orientation sous un mois, premier rendez-vous sous quinze jours",
            ValideDu = new DateOnly(2019, 1, 1),
            ValideAu = new DateOnly(2024, 12, 31),
            DelaiOrientation = new Delai(1, UniteDelai.Mois),
            DelaiPremierRdv = new Delai(15, UniteDelai.Jours),
            DelaiContrat = new Delai(2, UniteDelai.Mois),
            Criteres = CriteresParDefaut,
        },
        new JeuRegles
        {
            Code = CodeDecret2025,
            Libelle = "Loi pour le plein emploi — décret n° 2024-1244",
            Source = "Décret n° 2024-1244 : orientation sous six semaines, contrat d'engagement sous quatre semaines",
            ValideDu = new DateOnly(2025, 1, 1),
            DelaiOrientation = new Delai(6, UniteDelai.Semaines),
            DelaiPremierRdv = new Delai(4, UniteDelai.Semaines),
            DelaiContrat = new Delai(4, UniteDelai.Semaines),
            Criteres = CriteresParDefaut,
        },
    ];

    /// <summary>The set in force at <paramref name="date"/>, or the oldest one for earlier dates.</summary>
    public static JeuRegles EnVigueur(DateOnly date) => Tous.FirstOrDefault(j => j.EstEnVigueur(date)) ?? Tous[0];
}
