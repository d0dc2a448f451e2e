using System.Globalization;
using System.Text.Json;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// Reads a programme data file (docs/format-programme.md) and checks all of it before anything is written: every
/// problem is listed with its place in the file (JSON path, element code), none stops the reading of the others.
/// </summary>
public static class LectureProgramme
{
    public const string Format = "passerelle-programme/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Dictionary<string, TypeProgramme> Types = new()
    {
        ["PTI"] = TypeProgramme.Pti,
        ["PDI"] = TypeProgramme.Pdi,
        ["PDIE"] = TypeProgramme.Pdie,
        ["FSE"] = TypeProgramme.Fse,
        ["STRATEGIE_PAUVRETE"] = TypeProgramme.StrategiePauvrete,
    };

    private static readonly Dictionary<string, NiveauElement> Niveaux = new()
    {
        ["axe"] = NiveauElement.Axe,
        ["objectif-strategique"] = NiveauElement.ObjectifStrategique,
        ["objectif-operationnel"] = NiveauElement.ObjectifOperationnel,
        ["fiche"] = NiveauElement.Fiche,
        ["sous-action"] = NiveauElement.SousAction,
    };

    private static readonly Dictionary<string, UniteIndicateur> Unites = new()
    {
        ["nombre"] = UniteIndicateur.Nombre,
        ["pourcentage"] = UniteIndicateur.Pourcentage,
        ["heures"] = UniteIndicateur.Heures,
        ["euros"] = UniteIndicateur.Euros,
        ["jours"] = UniteIndicateur.Jours,
        ["mois"] = UniteIndicateur.Mois,
        ["texte"] = UniteIndicateur.Texte,
    };

    private static readonly Dictionary<string, SourceIndicateur> Sources = new()
    {
        ["saisi"] = SourceIndicateur.Saisi,
        ["calcule"] = SourceIndicateur.Calcule,
        ["importe"] = SourceIndicateur.Importe,
    };

    private static readonly Dictionary<string, Financeur> Financeurs = Enum.GetValues<Financeur>().ToDictionary(f => f == Financeur.Fse ? "FSE" : f.ToString());

    public static (ProgrammeLu? Programme, IReadOnlyList<ErreurProgramme> Erreurs) Lire(Stream flux)
    {
        FichierProgramme? fichier;
        try
        {
            fichier = JsonSerializer.Deserialize<FichierProgramme>(flux, Options);
        }
        catch (JsonException e)
        {
            return (null, [new ErreurProgramme($"ligne {e.LineNumber + 1}, position {e.BytePositionInLine + 1}{(e.Path is { Length: > 0 } p ? $" ({p})" : "")}",
                "le fichier n'est pas un JSON conforme au format : texte mal formé, champ inconnu ou valeur du mauvais type (un texte à la place d'une liste, d'un nombre…).")]);
        }
        if (fichier is null) return (null, [new ErreurProgramme("$", "le fichier est vide.")]);
        return new Verification().Verifier(fichier);
    }

    /// <summary>The checks of one file, gathering every error.</summary>
    private sealed class Verification
    {
        private readonly List<ErreurProgramme> erreurs = [];
        private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);
        private readonly List<ElementLu> elements = [];
        private Dictionary<string, (string Code, string Chemin)>? catalogue;

        public (ProgrammeLu?, IReadOnlyList<ErreurProgramme>) Verifier(FichierProgramme f)
        {
            if (f.Format != Format) Erreur("$.format", $"le format doit être « {Format} » (trouvé : « {f.Format} »).");
            var code = Requis(f.Code, "$.code", "le code du programme");
            var departement = Requis(f.Departement, "$.departement", "le code du département");
            var type = Choix(f.Type, "$.type", Types, "le type de programme");
            var titre = Requis(f.Titre, "$.titre", "le titre");
            var source = Requis(f.Source, "$.source", "le document d'origine");
            var debut = Date(f.Debut, "$.debut");
            var fin = Date(f.Fin, "$.fin");
            if (debut > fin) Erreur("$.fin", $"la fin ({fin:dd/MM/yyyy}) précède le début ({debut:dd/MM/yyyy}).");
            var partenaires = (f.Partenaires ?? []).Select((p, i) => new PartenaireLu(Requis(p.Nom, $"$.partenaires[{i}].nom", "le nom du partenaire"), Liste(p.Engagements))).ToList();
            if (f.Elements is not { Count: > 0 }) Erreur("$.elements", "le programme n'a aucun élément (axes, objectifs, fiches).");
            else for (var i = 0; i < f.Elements.Count; i++) Element(f.Elements[i], $"$.elements[{i}]", null);
            if (erreurs.Count > 0) return (null, erreurs);
            return (new ProgrammeLu(code, departement, type, titre, debut, fin, source, Texte(f.Presentation), partenaires, elements), erreurs);
        }

        private void Element(ElementFichier e, string chemin, ElementLu? parent)
        {
            var code = Requis(e.Code, chemin + ".code", "le code de l'élément");
            var ici = code.Length > 0 ? $"{chemin} ({code})" : chemin;
            if (code.Length > 0 && !codes.TryAdd(code, chemin)) Erreur(ici, $"le code « {code} » est déjà celui de {codes[code]} : chaque code est unique dans le programme.");
            var niveau = Choix(e.Niveau, ici + ".niveau", Niveaux, "le niveau");
            var titre = Requis(e.Titre, ici + ".titre", "le titre");
            if (parent is not null && !Permis(parent.Niveau, niveau))
                Erreur(ici, $"un élément de niveau « {niveau.Libelle()} » ne peut pas être sous « {parent.Niveau.Libelle()} » ({parent.Code}).");
            ContenuFiche? fiche = null;
            catalogue = null;
            // Sarthe's « I3a » only groups its sous-actions I3a1 and I3a2, each with its own fiche: it has no content of its own.
            var regroupe = niveau == NiveauElement.Fiche && e.Enfants is { Count: > 0 };
            if (niveau.PorteUneFiche() && e.Fiche is null && !regroupe)
                Erreur(ici, "une fiche-action ou une sous-action doit avoir son contenu (« fiche ») avec au moins son pilote, sauf une action qui regroupe des sous-actions.");
            else if (!niveau.PorteUneFiche() && e.Fiche is not null) Erreur(ici, $"seules les fiches-actions et sous-actions ont un contenu « fiche », pas un élément de niveau « {niveau.Libelle()} ».");
            else if (e.Fiche is not null) fiche = Fiche(e.Fiche, ici + ".fiche");
            var lu = new ElementLu(code, parent?.Code, niveau, titre, Texte(e.Description), elements.Count, fiche, catalogue);
            elements.Add(lu);
            for (var i = 0; i < (e.Enfants?.Count ?? 0); i++) Element(e.Enfants![i], $"{chemin}.enfants[{i}]", lu);
        }

        /// <summary>The tree goes down: a sous-action sits under a fiche, a fiche has only sous-actions, objectives sit above fiches.</summary>
        private static bool Permis(NiveauElement parent, NiveauElement enfant) => parent switch
        {
            NiveauElement.Fiche => enfant == NiveauElement.SousAction,
            NiveauElement.SousAction => false,
            _ => enfant != NiveauElement.SousAction && enfant >= parent,
        };

        private ContenuFiche Fiche(FicheFichier f, string chemin)
        {
            var pilote = Requis(f.Pilote, chemin + ".pilote", "le pilote de la fiche");
            var indicateurs = new List<IndicateurContenu>();
            for (var i = 0; i < (f.Indicateurs?.Count ?? 0); i++)
            {
                var ind = f.Indicateurs![i];
                var ici = $"{chemin}.indicateurs[{i}]";
                var libelle = Requis(ind.Libelle, ici + ".libelle", "le libellé de l'indicateur");
                if (indicateurs.Any(x => x.Libelle == libelle)) Erreur(ici, $"l'indicateur « {libelle} » figure deux fois dans la fiche.");
                var unite = ind.Unite is null ? Manque(ici + ".unite", $"l'indicateur « {libelle} » n'a pas d'unité ({string.Join(", ", Unites.Keys)}).", UniteIndicateur.Nombre)
                    : Choix(ind.Unite, ici + ".unite", Unites, "l'unité");
                var source = ind.Source is null ? SourceIndicateur.Saisi : Choix(ind.Source, ici + ".source", Sources, "la source");
                if (Texte(ind.Catalogue) is { } codeCatalogue) (catalogue ??= new(StringComparer.Ordinal))[libelle] = (codeCatalogue, ici + ".catalogue");
                indicateurs.Add(new IndicateurContenu(libelle, unite, Texte(ind.Definition), source, Annees(ind.Cibles, ici + ".cibles"), Annees(ind.Reference, ici + ".reference")));
            }
            var financements = new List<FinancementContenu>();
            for (var i = 0; i < (f.Financements?.Count ?? 0); i++)
            {
                var l = f.Financements![i];
                var ici = $"{chemin}.financements[{i}]";
                var financeur = Choix(l.Financeur, ici + ".financeur", Financeurs, "le financeur");
                if (l.Montant is not { } montant || montant < 0) Erreur(ici + ".montant", "le montant est obligatoire et positif (en euros, point décimal : 111663.80).");
                if (l.Annee is < 1990 or > 2100) Erreur(ici + ".annee", $"l'année {l.Annee} n'est pas plausible.");
                financements.Add(new FinancementContenu(financeur, Texte(l.Libelle), l.Annee, l.Montant ?? 0));
            }
            return new ContenuFiche
            {
                Pilote = pilote,
                Copilotes = Liste(f.Copilotes),
                Partenaires = Liste(f.Partenaires),
                Operateurs = Liste(f.Operateurs),
                Territoires = Liste(f.Territoires),
                Contexte = Texte(f.Contexte),
                Objectifs = Liste(f.Objectifs),
                Public = Texte(f.Public),
                Contenu = Texte(f.Contenu),
                Calendrier = Texte(f.Calendrier),
                Moyens = Texte(f.Moyens),
                Livrables = Liste(f.Livrables),
                Note = Texte(f.Note),
                Indicateurs = indicateurs,
                Financements = financements,
            };
        }

        private SortedDictionary<int, decimal> Annees(Dictionary<string, decimal>? valeurs, string chemin)
        {
            var annees = new SortedDictionary<int, decimal>();
            foreach (var (cle, valeur) in valeurs ?? [])
                if (int.TryParse(cle, NumberStyles.None, CultureInfo.InvariantCulture, out var annee) && annee is >= 1990 and <= 2100) annees[annee] = valeur;
                else Erreur(chemin, $"« {cle} » n'est pas une année (attendu : \"2019\": 100).");
            return annees;
        }

        private DateOnly Date(string? valeur, string chemin)
        {
            if (DateOnly.TryParseExact(valeur, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Erreur(chemin, $"« {valeur} » n'est pas une date au format AAAA-MM-JJ.");
            return default;
        }

        private T Choix<T>(string? valeur, string chemin, Dictionary<string, T> permis, string quoi) where T : struct
        {
            if (valeur is not null && permis.TryGetValue(valeur, out var choisi)) return choisi;
            return Manque(chemin, $"{quoi} « {valeur} » n'est pas permis : {string.Join(", ", permis.Keys)}.", default(T));
        }

        private string Requis(string? valeur, string chemin, string quoi) =>
            Texte(valeur) ?? Manque(chemin, $"{quoi} est obligatoire.", "");

        private T Manque<T>(string chemin, string message, T defaut)
        {
            Erreur(chemin, char.ToUpperInvariant(message[0]) + message[1..]);
            return defaut;
        }

        private void Erreur(string chemin, string message) => erreurs.Add(new ErreurProgramme(chemin, message));

        private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();

        private static List<string> Liste(List<string>? valeurs) => [.. (valeurs ?? []).Select(Texte).OfType<string>()];
    }
}
