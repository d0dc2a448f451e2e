using System.Globalization;
using System.Text;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

public enum VarianteFluxCnaf { CleNirInvalide, CodeInconnu, FichierTronque, MauvaiseRacine }

/// <summary>
/// Invented but realistic Bénéficiaire flux of any size for demo data, tests and benches: the same
/// seed gives the same foyers, living in the communes of the département (weighted by population).
/// With the habits of real CAF files (docs/imports-cnaf.md): NIRs written on 13 characters, half the
/// children without NIR and no TOPPERSDRODEVORSA for them, codes padded with spaces, and a few
/// anomalies the import turns into warnings (foyers whose only person is a CJT, adults without
/// TOPPERSDRODEVORSA).
/// </summary>
public sealed class GenerateurFluxCnaf
{
    // The 50 most common French surnames, and invented ones made of two syllables: real names are far more
    // varied than 50, and matching by name must not see a homonym in every other foyer.
    internal static readonly string[] Noms = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
        "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT",
        "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER",
        "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "N'DIAYE", "BENALI"];
    private static readonly string[] Racines = ["BER", "CHA", "DU", "FOU", "GAR", "GUI", "LA", "LE", "MA", "MOR", "PER", "RO", "BO", "VIL", "BRU",
        "COR", "MON", "TES", "JOU", "POI"];
    private static readonly string[] Finales = ["RAND", "NIER", "LET", "CHARD", "BERT", "GNON", "TIN", "VAL", "NEAU", "CHET", "LIN", "REAU", "DIN",
        "MONT", "ZAC", "RIER", "SSON", "GEOT", "VEAU", "LARD"];
    internal static readonly string[] PrenomsF = ["MARIE", "NATHALIE", "ISABELLE", "SYLVIE", "CATHERINE", "SANDRINE", "CÉLINE", "AURÉLIE", "JULIE",
        "LAETITIA", "CHLOÉ", "LÉA", "MANON", "CAMILLE", "INÈS", "FATOU", "AMINATA", "SOPHIE", "ÉMILIE", "HÉLÈNE", "VALÉRIE", "CHRISTINE",
        "VÉRONIQUE", "STÉPHANIE", "AUDREY", "ÉLODIE", "MÉLANIE", "JESSICA", "SARAH", "EMMA", "JADE", "LOUISE", "ALICE", "YASMINE", "NADIA",
        "SAMIRA", "MARINE", "PAULINE", "CORINNE", "BRIGITTE"];
    internal static readonly string[] PrenomsH = ["JEAN", "PHILIPPE", "MICHEL", "ALAIN", "NICOLAS", "CHRISTOPHE", "STÉPHANE", "SÉBASTIEN", "JÉRÔME",
        "FRANÇOIS", "THOMAS", "KEVIN", "LUCAS", "HUGO", "MOHAMED", "KARIM", "YANNICK", "DAVID", "JULIEN", "MAXIME", "PATRICK", "PASCAL",
        "LAURENT", "FRÉDÉRIC", "OLIVIER", "ANTHONY", "DYLAN", "ROMAIN", "MATHIEU", "CÉDRIC", "GABRIEL", "LÉO", "ARTHUR", "MEHDI", "SAMIR",
        "BRUNO", "DIDIER", "THIERRY", "LUDOVIC", "VINCENT"];
    private static readonly string[] Voies = ["RUE", "AVENUE", "BOULEVARD", "IMPASSE", "ALLÉE", "PLACE", "CHEMIN"];
    private static readonly string[] NomsVoies = ["DE LA RÉPUBLIQUE", "JEAN JAURÈS", "VICTOR HUGO", "DES ÉCOLES", "PASTEUR", "DE LA GARE",
        "DU MOULIN", "DES LILAS", "GAMBETTA", "DU 8 MAI 1945", "DES TANNEURS", "SAINT-MARTIN"];

    private static readonly string[] MotifsCloture = ["ECH", "MUT", "RFD", "RGD"];

    /// <summary>Per thousand foyers: single adults sent as CJT with no DEM, adults without TOPPERSDRODEVORSA.</summary>
    private const int PourMilleConjointSeul = 4, PourMilleSddNonTransmis = 5;

    private readonly Commune[] communes;
    private readonly long[] cumulPopulation;
    private readonly string departement;
    private readonly int graine;
    private readonly string organisme;
    private readonly int premierNumero;

    /// <param name="premierNumero">Offset of the dossier numbers, so that several files of one département do not share dossiers.</param>
    public GenerateurFluxCnaf(Communes.Communes referentiel, string departement, int graine, string organisme = "CAF", int premierNumero = 0)
    {
        communes = referentiel.DuDepartement(departement).Where(c => c.CodePostal.Length == 5).ToArray();
        if (communes.Length == 0) throw new ArgumentException($"Aucune commune pour le département {departement}.", nameof(departement));
        cumulPopulation = new long[communes.Length];
        long cumul = 0;
        for (var i = 0; i < communes.Length; i++) cumulPopulation[i] = cumul += Math.Max(1, communes[i].Population);
        (this.departement, this.graine, this.organisme, this.premierNumero) = (departement, graine, organisme, premierNumero);
    }

    public static IdentificationFluxCnaf Identification(DateOnly dateReference) =>
        new("RSA", "V080", "B", "Q", dateReference, new TimeOnly(3, 15, 0), dateReference);

    /// <summary>Lazily, so files of any size are written in flat memory.</summary>
    public IEnumerable<FoyerCnaf> Foyers(int nombre, DateOnly dateReference)
    {
        var hasard = new Random(graine);
        for (var i = 0; i < nombre; i++) yield return Foyer(hasard, premierNumero + i, dateReference);
    }

    public void Ecrire(Stream flux, int nombre, DateOnly dateReference, Encoding? encodage = null) =>
        EcritureFluxCnaf.Ecrire(flux, Identification(dateReference), Foyers(nombre, dateReference), encodage ?? LecteurFluxCnaf.Windows1252);

    /// <summary>
    /// The foyers one flux later (<see cref="EvolutionFluxCnaf"/>): the same list and date give the same changes.
    /// New dossiers take the numbers after the list's, so <paramref name="foyers"/> must hold every dossier generated so far.
    /// </summary>
    public EvolutionFoyersCnaf Evoluer(IReadOnlyList<FoyerCnaf> foyers, DateOnly date) =>
        EvolutionFluxCnaf.Evoluer(foyers, date, new Random(unchecked(graine * 31 + date.DayNumber)),
            (h, i) => EvolutionFluxCnaf.Nouveau(h, Foyer(h, premierNumero + foyers.Count + i, date), date));

    /// <summary>A file broken on purpose; the damaged foyer (when there is one) is the one at <paramref name="rang"/>.</summary>
    public void EcrireCasse(Stream flux, VarianteFluxCnaf variante, int nombre, int rang, DateOnly dateReference)
    {
        var foyers = Foyers(nombre, dateReference).Select((f, i) => i != rang ? f : variante switch
        {
            VarianteFluxCnaf.CleNirInvalide => f with { Personnes = [f.Personnes[0] with { Nir = CleFausse(f.Personnes[0].Nir!) }, .. f.Personnes.Skip(1)] },
            VarianteFluxCnaf.CodeInconnu => f with { Droit = f.Droit with { Etat = "9" } },
            _ => f,
        });
        if (variante == VarianteFluxCnaf.FichierTronque)
        {
            using var complet = new MemoryStream();
            EcritureFluxCnaf.Ecrire(complet, Identification(dateReference), foyers, LecteurFluxCnaf.Windows1252);
            flux.Write(complet.GetBuffer().AsSpan(0, (int)(complet.Length * (rang + 0.5) / nombre)));
            return;
        }
        EcritureFluxCnaf.Ecrire(flux, Identification(dateReference), foyers, LecteurFluxCnaf.Windows1252,
            variante == VarianteFluxCnaf.MauvaiseRacine ? "InfoDemandeRSA" : "Racine");
    }

    private static string CleFausse(string nir) => nir[..13] + ((int.Parse(nir[13..], CultureInfo.InvariantCulture) + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Households as primer §8 profiles them: half are single without children, about a third lone
    /// parents (mostly women), the rest couples; 45% have been on the RSA for over three years.
    /// </summary>
    private FoyerCnaf Foyer(Random h, int rang, DateOnly reference)
    {
        var commune = TirerCommune(h);
        var nom = Nom(h);
        var type = h.Next(100);
        var (couple, parentIsole) = (type >= 82, type is >= 50 and < 82);
        var demandeur = Adulte(h, "DEM", nom, reference, commune, parentIsole ? (h.Next(100) < 85 ? "2" : "1") : h.Next(100) < 52 ? "2" : "1");
        var personnes = new List<PersonneCnaf> { demandeur };
        if (couple) personnes.Add(Adulte(h, "CJT", nom, reference, commune, demandeur.Sexe == "1" ? "2" : "1"));
        var enfants = couple ? h.Next(4) : parentIsole ? 1 + h.Next(3) : 0;
        for (var e = 0; e < enfants; e++) personnes.Add(Enfant(h, nom, reference, commune));
        var droit = Droit(h, reference, parentIsole);
        if (droit.Etat is not ("2" or "3" or "4")) personnes = personnes.Select(p => p with { SoumisDroitsDevoirs = false }).ToList();
        var demande = reference.AddDays(-Math.Min(9000, 30 + (int)(-Math.Log(1 - h.NextDouble()) * 1330)));
        var numero = organisme == "MSA" ? "M" + rang.ToString("D10", CultureInfo.InvariantCulture) : departement.PadLeft(3, '0') + rang.ToString("D8", CultureInfo.InvariantCulture);
        // A separate draw for the habits, so the rest of the generated data stays what it was.
        if (!couple && Habitude(rang, 1) < PourMilleConjointSeul) personnes[0] = personnes[0] with { Role = "CJT" };
        if (Habitude(rang, 2) < PourMilleSddNonTransmis) personnes[0] = personnes[0] with { SoumisDroitsDevoirs = false, SddTransmis = false };
        return new FoyerCnaf(
            new OrganismeCnaf(organisme, NumeroOrganisme(departement), (1_000_000 + Math.Abs(graine % 1000) * 100_000 + rang).ToString(CultureInfo.InvariantCulture)),
            numero, demande, couple ? (h.Next(2) == 0 ? "MAR" : "VIM") : (h.Next(3) == 0 ? "DIV" : "CEL"),
            new AdresseCnaf(h.Next(1, 120).ToString(CultureInfo.InvariantCulture), Voies[h.Next(Voies.Length)], NomsVoies[h.Next(NomsVoies.Length)],
                commune.CodeInsee, commune.CodePostal, Tronquer(commune.Nom.ToUpperInvariant(), 32)),
            personnes, droit)
        { Departement = CodePartenaire(departement) };
    }

    /// <summary>IDEPARTE: the département on three characters ("049", "02A", "974").</summary>
    public static string CodePartenaire(string departement) => departement.PadLeft(3, '0');

    /// <summary>CAF funds are numbered after their département ("491" for Maine-et-Loire, "521" for Haute-Marne).</summary>
    private static string NumeroOrganisme(string departement) => departement.Length >= 3 ? departement[..3] : departement.PadLeft(2, '0') + "1";

    /// <summary>A draw in [0, 1000) for one habit of one foyer, the same in every run (HashCode.Combine is not).</summary>
    private int Habitude(int rang, int habitude)
    {
        var x = unchecked((uint)(graine * 73856093) ^ (uint)(rang * 19349663) ^ (uint)(habitude * 83492791));
        x = unchecked((x ^ (x >> 16)) * 0x7feb352d);
        x = unchecked((x ^ (x >> 15)) * 0x846ca68b);
        return (int)((x ^ (x >> 16)) % 1000);
    }

    private static string Nom(Random h) => h.Next(10) < 3 ? Noms[h.Next(Noms.Length)] : Racines[h.Next(Racines.Length)] + Finales[h.Next(Finales.Length)];

    private static PersonneCnaf Adulte(Random h, string role, string nom, DateOnly reference, Commune commune, string sexe)
    {
        var naissance = reference.AddYears(-h.Next(19, 64)).AddDays(-h.Next(365));
        var nomNaissance = sexe == "2" && role == "CJT" ? Nom(h) : nom;
        return new PersonneCnaf(role, sexe == "1" ? "MR" : "MME", nom, nomNaissance, Prenom(h, sexe), naissance,
            Tronquer(commune.Nom.ToUpperInvariant(), 26), NirDe(h, sexe, naissance, commune), sexe, h.NextDouble() < 0.6);
    }

    private static PersonneCnaf Enfant(Random h, string nom, DateOnly reference, Commune commune)
    {
        var sexe = h.Next(2) == 0 ? "1" : "2";
        var naissance = reference.AddYears(-h.Next(0, 18)).AddDays(-h.Next(365));
        return new PersonneCnaf("ENF", null, nom, nom, Prenom(h, sexe), naissance, Tronquer(commune.Nom.ToUpperInvariant(), 26),
            h.Next(2) == 0 ? NirDe(h, sexe, naissance, commune) : null, sexe, false, SddTransmis: false);
    }

    internal static DroitCnaf Droit(Random h, DateOnly reference, bool parentIsole)
    {
        var tirage = h.Next(100);
        var etat = tirage switch { < 70 => "2", < 76 => "3", < 80 => "4", < 88 => "5", < 92 => "6", < 97 => "0", _ => "1" };
        var ouvert = etat is "2" or "3" or "4";
        string? cloture = etat is "5" or "6" ? MotifsCloture[h.Next(MotifsCloture.Length)] : null;
        var nature = parentIsole && h.Next(3) == 0 ? "RSI" : h.Next(4) == 0 ? "RCD" : "RSD";
        return new DroitCnaf(etat, cloture, cloture is null ? null : reference.AddDays(-h.Next(1, 60)),
            etat == "3" ? ["CG"] : etat == "4" ? ["01"] : [],
            ouvert ? [nature] : [], ouvert ? h.Next(5_000, 120_000) / 100m : null);
    }

    private static string NirDe(Random h, string sexe, DateOnly naissance, Commune commune) =>
        Nir.AvecCle(string.Create(CultureInfo.InvariantCulture, $"{sexe}{naissance.Year % 100:00}{naissance.Month:00}{commune.CodeInsee}{h.Next(1, 1000):000}"));

    private static string Prenom(Random h, string sexe) => sexe == "1" ? PrenomsH[h.Next(PrenomsH.Length)] : PrenomsF[h.Next(PrenomsF.Length)];

    private static string Tronquer(string s, int longueur) => s.Length <= longueur ? s : s[..longueur];

    private Commune TirerCommune(Random h)
    {
        var i = Array.BinarySearch(cumulPopulation, h.NextInt64(cumulPopulation[^1]));
        return communes[i >= 0 ? i + 1 : ~i];
    }
}
