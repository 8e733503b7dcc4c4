package dev.careers.parse;

import dev.careers.model.DemandRole;

/** Reads what a company-demand label says: who needs the career, or who needs it most. */
final class DemandRoles {
    private DemandRoles() {}

    static DemandRole of(String label) {
        if (label == null) {
            return DemandRole.OTHER;
        }
        String folded = Words.fold(label);
        boolean needs = folded.contains("besoin") || folded.contains("need")
                || folded.contains("recrut") || folded.contains("hire") || folded.contains("hiring");
        if (!needs) {
            return DemandRole.OTHER;
        }
        boolean most = folded.contains("plus") || folded.contains("most") || folded.contains("le mieux")
                || folded.contains("surtout") || folded.contains("especially");
        return most ? DemandRole.NEEDS_MOST : DemandRole.NEEDS;
    }
}
