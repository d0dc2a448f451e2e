using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Referents.Transfert;

/// <summary>Why a référent's portefeuille moves; written as the end of each of their designations.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MotifTransfert>))]
public enum MotifTransfert
{
    Conge,
    Depart,
    Reequilibrage,
}

/// <summary>One person of the leaving référent and the référent of the same structure who takes them.</summary>
public sealed record AffectationTransfert(int PersonneId, string ReferentId);

/// <summary>A transfer of some or all of a référent's persons in one structure to other référents of that structure.</summary>
public sealed record SaisieTransfert(int StructureId, string ReferentSortantId, MotifTransfert Motif, IReadOnlyList<AffectationTransfert> Affectations);

/// <summary>A person who could not move, and why.</summary>
public sealed record RefusTransfert(int PersonneId, string Nom, string Motif);

/// <summary>All moved (<see cref="Refus"/> empty), or nothing did: the message and the persons who blocked it.</summary>
public sealed record ResultatTransfert(bool Reussi, string Message, IReadOnlyList<RefusTransfert> Refus)
{
    public static ResultatTransfert Refuse(string message, IReadOnlyList<RefusTransfert>? refus = null) => new(false, message, refus ?? []);
}

public static class MotifsTransfert
{
    public static string Libelle(this MotifTransfert motif) => motif switch
    {
        MotifTransfert.Conge => "congé du référent",
        MotifTransfert.Depart => "départ du référent",
        _ => "rééquilibrage des portefeuilles",
    };
}
