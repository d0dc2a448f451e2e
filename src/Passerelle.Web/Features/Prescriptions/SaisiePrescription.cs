namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// The prescription form: the action (and session), why, the contract objective it serves, and what the référent
/// explicitly shares with the operator besides the name. <see cref="DepasserCapacite"/> and its motive are an
/// agent's authorisation to prescribe to a full action.
/// </summary>
public sealed record SaisiePrescription(int ActionId, int? SessionId, string? Motif, string? ObjectifContrat,
    bool PartagerDateNaissance, bool PartagerTelephone, bool PartagerCourriel, bool PartagerFreins, string? Message,
    bool DepasserCapacite = false, string? MotifDepassement = null);

/// <summary>The operator's answer: a refusal needs a reason from the list, « autre » a precision.</summary>
public sealed record SaisieReponse(ActePrescription Acte, MotifRefusPrescription? MotifRefus, string? Precision);

/// <summary>The exit of a participant: date, type (primer §3 step 8), comment.</summary>
public sealed record SaisieSortieAction(DateOnly? Date, TypeSortieAction? Type, string? Commentaire);
