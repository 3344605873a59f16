package dev.claimline.extraction;

import java.util.ArrayList;
import java.util.List;

/** What the words of a statement say about whom. */
final class Content {
    final List<Mention> agentMentions = new ArrayList<>();
    final List<Mention> objectMentions = new ArrayList<>();
    Actor object;
    boolean selfReference;
    boolean denialMarker;
    boolean negatedWrongful;
    boolean wrongful;
    boolean claimNoun;
    boolean anaphoricSubject;
    Actor accuser;
    boolean accuserExplicit;
    List<Actor> counterAgents;
    Actor defended;
    boolean noEvidence;
    /** The token of "evidence"/"proof" in "no evidence", when there is one. */
    int evidenceAt = -1;
    /** The words say no state is accused ("without naming China", "accused Australian media outlets"). */
    boolean noOneNamed;

    List<Actor> agents(Actor claimant) {
        return actorsOf(agentMentions, claimant);
    }

    List<Actor> objects(Actor claimant) {
        return actorsOf(objectMentions, claimant);
    }

    private List<Actor> actorsOf(List<Mention> ms, Actor claimant) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : ms) {
            if (!m.actor().equals(claimant) && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }
}
