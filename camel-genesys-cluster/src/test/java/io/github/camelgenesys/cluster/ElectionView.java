/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.KeeperException;

/**
 * The election as ZooKeeper holds it: the participants of Curator's leader selection under
 * {@code <basePath>/<namespace>}, each an ephemeral sequential node whose data is the member's id; the lowest
 * sequence number leads. This is the truth a test kills by; a node's own log may lag behind it.
 */
final class ElectionView implements AutoCloseable {

    private final CuratorFramework client;

    ElectionView(String connectString) {
        client = CuratorFrameworkFactory.newClient(connectString, new RetryOneTime(200));
        client.start();
    }

    /** The id of the member that leads {@code path}, if any participant is registered. */
    Optional<String> leader(String path) {
        try {
            List<String> participants = client.getChildren().forPath(path);
            Optional<String> first =
                    participants.stream().min(Comparator.comparing(name -> name.substring(name.lastIndexOf('-') + 1)));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new String(client.getData().forPath(path + "/" + first.get()), StandardCharsets.UTF_8));
        } catch (KeeperException.NoNodeException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the election at " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
