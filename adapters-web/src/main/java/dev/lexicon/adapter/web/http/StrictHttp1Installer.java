package dev.lexicon.adapter.web.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/**
 * Puts a {@link StrictHttp1} right behind the HTTP/1 decoder of every connection, so its rules hold
 * on every route, the framework's own included, before any filter runs.
 */
@Singleton
final class StrictHttp1Installer
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new OnConnection(null));
    return event.getBean();
  }

  private record OnConnection(Channel channel) implements NettyServerCustomizer {

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new OnConnection(channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
      ChannelPipeline pipeline = channel.pipeline();
      if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
        pipeline.addAfter(
            ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
            "lexicon-strict-http1",
            new StrictHttp1());
      }
    }
  }
}
