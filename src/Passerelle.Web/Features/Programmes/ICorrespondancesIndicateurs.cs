namespace Passerelle.Web.Features.Programmes;

/// <summary>A mapping of one fiche indicator: its status, the catalogue code computing it, the reason when missing.</summary>
public sealed record Correspondance(CorrespondanceIndicateur Statut, string? Code, string? Motif);

/// <summary>
/// Maps a programme's indicators onto the catalogue of computed indicators (Features/Pilotage/Catalogue), which the
/// programmes do not know: a file may name a catalogue code (« catalogue »), else the written correspondence table proposes one.
/// </summary>
public interface ICorrespondancesIndicateurs
{
    /// <returns>Why <paramref name="code"/> cannot be used (unknown, or not computable for this unit), or null when it can.</returns>
    string? Refus(string code, UniteIndicateur unite);

    /// <summary>The mapping a file's explicit « catalogue » value gives (a catalogue code, or « saisie »).</summary>
    Correspondance Explicite(string code);

    /// <summary>The mapping proposed for an indicator of a programme's fiche when neither the file nor a pilot chose one.</summary>
    Correspondance Proposer(string programme, string fiche, string libelle, SourceIndicateur source);
}
