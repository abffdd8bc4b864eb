package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Advisor;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.profile.AppKind;
import com.frameworkadvisor.knowledge.profile.Profile;
import com.frameworkadvisor.knowledge.profile.Question;
import com.frameworkadvisor.knowledge.rules.RuleBase;
import com.frameworkadvisor.knowledge.rules.RuleFileWatcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class FrameworkAdvisorApplicationTests {

    @Autowired
    Advisor advisor;

    @Autowired
    RuleBase ruleBase;

    @Autowired
    RuleFileWatcher watcher;

    @Test
    void shouldServeTheRulesFolderOfTheWorkingDirectoryAndWatchIt() {
        assertThat(ruleBase.source().directory()).contains(Path.of("rules").toAbsolutePath());
        assertThat(watcher.isRunning()).isTrue();
        assertThat(advisor.recommend(Profile.EMPTY.with(Question.KIND, AppKind.CMS)).verdict())
                .isEqualTo(Framework.DJANGO);
    }
}
