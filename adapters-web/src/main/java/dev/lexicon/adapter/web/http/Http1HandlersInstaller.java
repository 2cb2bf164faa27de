package dev.lexicon.adapter.web.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Puts Lexicon's handlers right behind the HTTP/1 codec of every connection, so they act on every
 * route, the framework's own included: {@link StrictHttp1} on each request before any filter runs,
 * {@link DateHeader} on each response as it is written. The decoder itself is Micronaut's, with the
 * same limits, but reads headers into {@link LengthCountingHeaders}.
 */
@Singleton
final class Http1HandlersInstaller
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private static final String CODEC = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;

  private final Provider<NettyHttpServerConfiguration> configuration;

  /** On the service's clock, so a response's date agrees with the times its body reports. */
  private final DateHeader dateHeader;

  Http1HandlersInstaller(Provider<NettyHttpServerConfiguration> configuration, Clock clock) {
    this.configuration = configuration;
    this.dateHeader = new DateHeader(clock);
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new OnConnection(null));
    return event.getBean();
  }

  /** As Micronaut builds its HTTP/1 codec, with the counting headers in place of the plain ones. */
  private HttpServerCodec codec() {
    NettyHttpServerConfiguration limits = configuration.get();
    return new HttpServerCodec(
        new HttpDecoderConfig()
            .setMaxInitialLineLength(limits.getMaxInitialLineLength())
            .setMaxHeaderSize(limits.getMaxHeaderSize())
            .setMaxChunkSize(limits.getMaxChunkSize())
            .setInitialBufferSize(limits.getInitialBufferSize())
            .setValidateHeaders(limits.isValidateHeaders())
            .setHeadersFactory(LengthCountingHeaders.FACTORY));
  }

  private final class OnConnection implements NettyServerCustomizer {

    private final Channel channel;

    OnConnection(Channel channel) {
      this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new OnConnection(channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
      ChannelPipeline pipeline = channel.pipeline();
      if (pipeline.get(CODEC) instanceof HttpServerCodec) {
        pipeline.replace(CODEC, CODEC, codec());
        pipeline.addAfter(CODEC, "lexicon-strict-http1", new StrictHttp1());
        pipeline.addAfter(CODEC, "lexicon-date", dateHeader);
      }
    }
  }
}
