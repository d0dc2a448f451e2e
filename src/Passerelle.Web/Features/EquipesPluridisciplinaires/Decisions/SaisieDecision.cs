using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The decision form: its type, the amounts the bareme bounds (a reduction's amount, a suspension's share, the length),
/// the day it takes effect (the first of next month when left empty), the motivation printed in the letter, and for a
/// reorientation the orientation decided. Fields that do not belong to the type chosen are ignored.
/// </summary>
public sealed record SaisieDecision(TypeDecisionEp? Type, decimal? Montant, int? Pourcentage, int? DureeMois, DateOnly? DateEffet, string? Motivation,
    TypeOrientation? Orientation = null);

/// <summary>An observation of the person before the decision: when it came, in which form, what it says.</summary>
public sealed record SaisieObservation(DateOnly? RecueLe, FormeObservation? Forme, string? Texte);

/// <summary>A file sent with an observation, kept among the person's documents.</summary>
public sealed record PieceJointe(string Nom, byte[] Contenu);
